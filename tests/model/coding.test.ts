// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { applyCodes, decides, withReading, type CodingItem } from '@/model/coding'
import { changesToScenario } from '@/model/changes'
import { lensOf } from '@/model/debate'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'

/** Items shaped like the real ones, so the model is tested apart from the data's wording. */
const item = (
  over: Partial<CodingItem> & Pick<CodingItem, 'id' | 'dyad' | 'from' | 'to' | 'asks'>,
) =>
  ({
    title: over.id,
    prompt: 'Was it an alliance?',
    facts: [],
    decided: {
      vu: { code: null, note: '' },
      lan: { code: null, note: '' },
      cow: { code: null, note: '' },
      atop: { code: null, note: '' },
    },
    sources: [],
    confidence: 'medium',
    ...over,
  }) as CodingItem

const LAOS = item({
  id: 'laos',
  dyad: 'VNM-LAO',
  from: 1977,
  to: 2026,
  asks: ['defence', 'alliance'],
})
const SPLIT = item({
  id: 'split',
  dyad: 'CHN-RUS',
  from: 1950,
  to: 1980,
  asks: ['end'],
  endChoices: [1960, 1969, 1980],
})
const THREAT = item({ id: 'threat', dyad: 'VNM-RUS', from: 1992, to: 2026, asks: ['threat'] })
const ITEMS = [LAOS, SPLIT, THREAT]

const years = (c: typeof COMPILED, dyad: string, from: number, to: number) => {
  const h = c.dyads[c.dyadIndex.get(dyad)!]!.history.essay
  return Array.from(h.subarray(from - c.firstYear, to - c.firstYear + 1))
}

describe("a student's codes", () => {
  it('leave every item open until it is answered with something that decides it', () => {
    expect(applyCodes(ITEMS, {})).toMatchObject({ decided: [], open: ['laos', 'split', 'threat'] })
    const unsure = applyCodes(ITEMS, {
      laos: { alliance: 'unsure', defence: 'no', reason: 'Article 2 is vague' },
      split: { end: 1975 }, // not one of the choices
    })
    expect(unsure.open).toEqual(['laos', 'split', 'threat'])
    expect(unsure.alliance).toEqual([])
    expect(decides(LAOS, { defence: 'yes' })).toBe(false)
    expect(decides(LAOS, { alliance: 'no' })).toBe(true)
  })

  it('rewrite Vu’s coding over the item’s years, and nothing else', () => {
    const applied = applyCodes(ITEMS, { laos: { alliance: 'no' }, split: { end: 1980 } })
    expect(applied.decided).toEqual(['laos', 'split'])
    expect(applied.open).toEqual(['threat'])
    const reading = withReading(COMPILED, applied)
    expect(new Set(years(reading, 'VNM-LAO', 1977, 2026))).toEqual(new Set([0]))
    // Vu ends the Sino-Soviet alliance in 1969; this student keeps it to the treaty's end.
    expect(years(COMPILED, 'CHN-RUS', 1970, 1980)).toEqual(Array(11).fill(0))
    expect(years(reading, 'CHN-RUS', 1950, 1980)).toEqual(Array(31).fill(1))
    // Other pairs, and the history itself, are untouched and shared.
    const china = COMPILED.dyadIndex.get('CHN-PRK')!
    expect(reading.dyads[china]).toBe(COMPILED.dyads[china])
    expect(years(COMPILED, 'VNM-LAO', 1977, 1977)).toEqual([1])
  })

  it('end an alliance in the year chosen: allied to it, not after', () => {
    const reading = withReading(COMPILED, applyCodes(ITEMS, { split: { end: 1960 } }))
    expect(years(reading, 'CHN-RUS', 1950, 1960)).toEqual(Array(11).fill(1))
    expect(years(reading, 'CHN-RUS', 1961, 1980)).toEqual(Array(20).fill(0))
  })

  it('turn a threat code into a change to the model’s inputs', () => {
    const applied = applyCodes(ITEMS, { threat: { threat: 'yes', reason: 'China at sea' } })
    expect(applied.threat).toEqual([
      { layer: 'threat', id: 'VNM-RUS', from: 1992, to: 2026, value: 'yes' },
    ])
    expect(withReading(COMPILED, applied)).toBe(COMPILED)
  })
})

describe('a lens', () => {
  it('gives Vu’s verdict on Vu’s coding and Lan’s on Lan’s reading', () => {
    const vu = lensOf(COMPILED, 'essay', ['CHN', 'VNM'], EMPTY_SCENARIO, DEFAULT_SETTINGS)
    expect(vu.allies.map((a) => a.length)).toEqual([3, 4])
    expect(vu.verdict.similarity).toBe('holds')
    const lan = lensOf(COMPILED, 'treaty_defense', ['CHN', 'VNM'], EMPTY_SCENARIO, DEFAULT_SETTINGS)
    expect(lan.allies.map((a) => a.length)).toEqual([2, 1])
    expect(lan.verdict.similarity).toBe('weaker')
    expect(vu.accuracy).toBeGreaterThan(0.5)
    expect(vu.accuracy).not.toBe(lan.accuracy)
  })

  it('scores the model against the reading, with the reading’s threat codes as its inputs', () => {
    const applied = applyCodes(ITEMS, { laos: { alliance: 'no' }, threat: { threat: 'yes' } })
    const reading = withReading(COMPILED, applied)
    // Under the security-only rival rule a shared threat alone predicts an alliance.
    const settings = { ...DEFAULT_SETTINGS, rule: 'security-only' as const }
    const plain = lensOf(reading, 'essay', ['CHN', 'VNM'], EMPTY_SCENARIO, settings)
    expect(plain.allies[1]!.map((a) => a.partner)).toEqual(['CHN', 'RUS', 'PRK'])
    const scenario = changesToScenario(COMPILED, applied.threat)
    const threatened = lensOf(reading, 'essay', ['CHN', 'VNM'], scenario, settings)
    expect(threatened.allies).toEqual(plain.allies)
    expect(threatened.accuracy).not.toBe(plain.accuracy)
  })
})
