// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET, RAW_DATASET } from '@/data'
import { loadDataset } from '@/data/schema'
import { spanAt } from '@/model/compile'
import type { DyadField, Span } from '@/model/types'

/*
 * The corrections of data version 2026.12, checked over the shipped data: each names what the
 * coding must be and why, so a later edit that undoes one fails here.
 */

const dyad = (id: string) => DATASET.dyads.find((d) => d.id === id)!
const at = (id: string, field: DyadField, year: number) =>
  spanAt(dyad(id)[field] as readonly Span<unknown>[], year)!
const value = (id: string, field: DyadField, year: number) => at(id, field, year).value
const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
const allText = (s: Span<unknown>) => `${s.rationale} ${s.contested ?? ''}`

describe('definite coding errors, corrected', () => {
  it('North Korea–Russia, essay logic: allied 1961–91, not 1992–2023, allied again from the 2024 treaty', () => {
    for (const y of years(1961, 1991)) expect(value('PRK-RUS', 'essay', y), `${y}`).toBe(true)
    for (const y of years(1992, 2023)) expect(value('PRK-RUS', 'essay', y), `${y}`).toBe(false)
    for (const y of years(2024, 2026)) expect(value('PRK-RUS', 'essay', y), `${y}`).toBe(true)
    expect(at('PRK-RUS', 'essay', 2000).rationale).toMatch(/consultation only/)
    expect(at('PRK-RUS', 'essay', 2024).rationale).toMatch(/Article 4 .*19 June 2024/)
  })

  it('China–Russia COW 1996–2012 is the multilateral Shanghai Five agreement, so no bilateral alliance', () => {
    for (const y of years(1996, 2012)) expect(value('CHN-RUS', 'cow', y)).toBe('none')
    expect(at('CHN-RUS', 'cow', 1996).rationale).toMatch(/Shanghai Five .*26 April 1996/)
  })

  it('ATOP defence pacts carry their non-aggression obligations too', () => {
    const both = ['defense', 'nonaggression']
    for (const [id, from, to] of [
      ['CHN-RUS', 1950, 1980],
      ['CHN-PRK', 1961, 2018],
      ['PRK-RUS', 1961, 1996],
    ] as const) {
      for (const y of years(from, to)) expect(value(id, 'atop', y), `${id} ${y}`).toEqual(both)
    }
  })

  it('China–Russia 1949: none for the PRC pair, but says COW and ATOP code the 1945 treaty', () => {
    expect(value('CHN-RUS', 'cow', 1949)).toBe('none')
    expect(value('CHN-RUS', 'atop', 1949)).toEqual([])
    for (const f of ['cow', 'atop'] as const)
      expect(at('CHN-RUS', f, 1949).rationale).toMatch(/1945 treaty with the Republic of China/)
  })

  it('Vietnam–Cambodia 1956–69: Saigon was a rival of both, so the threat is contested', () => {
    for (const y of years(1956, 1969)) {
      expect(value('VNM-KHM', 'threat', y)).toBe('contested')
      expect((at('VNM-KHM', 'threat', y) as { adversary?: string }).adversary).toBe('South Vietnam')
    }
  })

  it('Vietnam–Laos 1977–79 is hand-coded with its evidence, and China is an adversary of both from 1979', () => {
    for (const y of years(1977, 1979))
      expect(at('VNM-LAO', 'threat', y).rationale).toMatch(/^Hand-coded/)
    for (const y of years(1979, 1988))
      expect((at('VNM-LAO', 'threat', y) as { adversary?: string }).adversary).toMatch(/China/)
    expect((at('VNM-LAO', 'threat', 1978) as { adversary?: string }).adversary).toBe('Thailand')
  })

  it('no shared or contested threat leaves its adversary unnamed, and the schema refuses one that does', () => {
    for (const d of DATASET.dyads)
      for (const s of d.threat)
        if (s.value !== 'no')
          expect(s.adversary, `${d.id} ${s.from}`).not.toMatch(/unspecified|unknown/i)
    const raw = structuredClone(RAW_DATASET) as unknown as {
      dyads: { id: string; threat: { adversary?: string }[] }[]
    }
    const threat = raw.dyads.find((d) => d.id === 'CHN-KHM')!.threat
    threat[1]!.adversary = 'unspecified'
    expect(() => loadDataset(raw)).toThrow(
      /CHN-KHM, threat, 1960–1964: a "contested" threat must name/,
    )
  })

  it('names the 1962 Geneva Declaration on Laos wherever COW or ATOP carry its 1962–64 entry', () => {
    for (const id of ['CHN-VNM', 'CHN-USA', 'VNM-RUS', 'VNM-USA', 'VNM-LAO', 'VNM-KHM']) {
      expect(at(id, 'cow', 1962).rationale, id).toMatch(
        /Geneva Declaration on the Neutrality of Laos/,
      )
      expect(at(id, 'cow', 1962).rationale, id).not.toMatch(/ASEAN/)
    }
    // North Korea was no party to it.
    expect(at('VNM-PRK', 'cow', 1962).rationale).toMatch(/not a party/)
  })

  it('dates the Vietnam–US partnership, the Workers’ Party of Korea and Democratic Kampuchea right', () => {
    expect(at('VNM-USA', 'threat', 2024).rationale).toMatch(
      /comprehensive strategic partnership .*10 September 2023/,
    )
    const state = (id: string) => DATASET.states.find((s) => s.id === id)!
    expect(spanAt(state('PRK').regime, 1960)!.rationale).toMatch(/1948.*June 1949/)
    expect(spanAt(state('KHM').regime, 1976)!.rationale).toMatch(
      /Democratic Kampuchea in January 1976/,
    )
  })
})

describe('judgment calls, each with its reason', () => {
  it('Vietnam–Russia after the 1994 treaty: any-treaty yes (ATOP consultation), contested', () => {
    const s = at('VNM-RUS', 'treaty_any', 2000)
    expect(s.value).toBe(true)
    expect(s.rationale).toMatch(/ATOP codes a consultation obligation/)
    expect(s.contested).toBeTruthy()
  })

  it('the 1977 Laos and 1979 Kampuchea treaties, both Article 2, are coded alike in the defence series', () => {
    expect(value('VNM-LAO', 'treaty_defense', 1980)).toBe(value('VNM-KHM', 'treaty_defense', 1980))
    expect(at('VNM-LAO', 'treaty_defense', 1980).rationale).toMatch(/Article 2/)
    expect(at('VNM-KHM', 'treaty_defense', 1980).rationale).toMatch(/Article 2/)
  })

  it('Vietnam–Russia after 1994 shares no threat: no evidence of a common adversary', () => {
    for (const y of years(1995, 2026)) expect(value('VNM-RUS', 'threat', y)).toBe('no')
  })

  it("the DRV's 1949–53 threats are decided, each naming the other reading", () => {
    expect(value('CHN-VNM', 'threat', 1949)).toBe('no')
    expect(value('CHN-VNM', 'threat', 1951)).toBe('contested')
    for (const id of ['VNM-RUS', 'VNM-PRK']) {
      expect(value(id, 'threat', 1951), id).toBe('no')
      expect(at(id, 'threat', 1951).contested, id).toMatch(/contested/)
    }
  })

  it('North Korea–USSR 1962–64 has a party rift, as China–North Korea does in 1966–69', () => {
    for (const y of years(1962, 1964)) expect(value('PRK-RUS', 'rift', y)).toBe(true)
    expect(value('PRK-RUS', 'rift', 1961)).toBe(false)
    expect(value('PRK-RUS', 'rift', 1965)).toBe(false)
  })

  it("North Korea's 1979 silence (the essay) against the ambassador's account is marked contested", () => {
    expect(at('VNM-PRK', 'threat', 1979).contested).toMatch(/kept silent/)
    expect(at('VNM-PRK', 'rift', 1979).contested).toMatch(/kept silent/)
  })

  it("the USSR's one-party rule in 1990–91, after Article 6's repeal, is contested", () => {
    const rus = DATASET.states.find((s) => s.id === 'RUS')!
    expect(spanAt(rus.regime, 1990)!.contested).toMatch(/Article 6 was repealed in March 1990/)
    expect(spanAt(rus.regime, 1989)!.contested).toBeUndefined()
  })
})

describe('notes that fit the year shown', () => {
  it('never shows a note about the 1950 treaty on a China–Russia year after it lapsed', () => {
    for (const f of [
      'essay',
      'treaty_any',
      'treaty_defense',
      'cow',
      'atop',
      'rift',
      'threat',
    ] as const)
      expect(allText(at('CHN-RUS', f, 2015)), f).not.toMatch(/1950/)
  })

  it('says "no treaty before 1978" only for the years before it', () => {
    expect(at('VNM-RUS', 'essay', 1970).contested).toMatch(/no treaty before November 1978/)
    expect(allText(at('VNM-RUS', 'essay', 1980))).not.toMatch(/no treaty before/i)
  })

  it('flags every essay alliance without a treaty, China–North Korea 1950–60 included', () => {
    for (const [id, from, to] of [
      ['CHN-VNM', 1954, 1975],
      ['VNM-PRK', 1954, 1975],
      ['VNM-RUS', 1954, 1977],
      ['CHN-PRK', 1950, 1960],
    ] as const) {
      for (const y of years(from, to)) {
        expect(value(id, 'essay', y), `${id} ${y}`).toBe(true)
        expect(value(id, 'treaty_any', y), `${id} ${y}`).toBe(false)
        expect(at(id, 'essay', y).contested, `${id} ${y}`).toMatch(/treaty/i)
      }
    }
    expect(at('CHN-PRK', 'essay', 1961).contested).toBeUndefined()
  })

  it('mentions the non-renewal notice of 3 April 1979 in the Sino-Soviet treaty details', () => {
    for (const f of ['treaty_any', 'treaty_defense'] as const) {
      expect(at('CHN-RUS', f, 1979).rationale, f).toMatch(/3 April 1979/)
      expect(at('CHN-RUS', f, 1960).rationale, f).not.toMatch(/1979/)
    }
  })
})
