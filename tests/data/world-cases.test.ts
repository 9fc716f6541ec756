// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET, FIRST_YEAR, LAST_YEAR } from '@/data'
import { DEFAULT_SETTINGS, evaluate, OUTCOMES, type ModelSettings } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { DYAD_FIELDS, type HistorySeries } from '@/model/types'

/*
 * The key facts of the first wave of out-of-sample pairs, read back from the shipped data, and the
 * verdicts the two-criteria model gives on them.
 */

const WAVE1 = ['YUG-GRC', 'YUG-TUR', 'CHN-PAK', 'RUS-MNG', 'RUS-ALB', 'CHN-ALB'] as const

const dyad = (id: string) => {
  const d = DATASET.dyads.find((x) => x.id === id)
  if (!d) throw new Error(`no dyad ${id}`)
  return d
}
const state = (id: string) => DATASET.states.find((s) => s.id === id)!
const compiled = (id: string) => COMPILED.dyads[COMPILED.dyadIndex.get(id)!]!
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** The value a field holds in a year, or undefined when no span covers the year. */
function valueAt<T>(spans: readonly { from: number; to: number; value: T }[], y: number) {
  return spans.find((s) => s.from <= y && y <= s.to)?.value
}
/** Years of a field whose value satisfies `test`. */
function yearsWhere<T>(
  spans: readonly { from: number; to: number; value: T }[],
  test: (v: T) => boolean,
): number[] {
  return spans.flatMap((s) => (test(s.value) ? range(s.from, s.to) : []))
}

/** The model's outcome for each year, under the essay's settings unless told otherwise. */
function outcomes(id: string, settings: Partial<ModelSettings> = {}) {
  const ev = evaluate(COMPILED, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, ...settings })
  const d = ev.dyads.find((x) => x.dyad.id === id)!
  return (y: number) => OUTCOMES[d.outcome[y - FIRST_YEAR]!]
}
const outcomesIn = (
  id: string,
  from: number,
  to: number,
  settings: Partial<ModelSettings> = {},
) => [...new Set(range(from, to).map(outcomes(id, settings)))]

const communist = (id: string, y: number) =>
  COMPILED.communist[COMPILED.stateIndex.get(id)!]![y - FIRST_YEAR]

describe('the new states', () => {
  it('codes the years of communist rule', () => {
    expect(range(1949, 1992).filter((y) => communist('MNG', y) === 1)).toEqual(range(1949, 1990))
    expect(range(1949, 2026).filter((y) => communist('ALB', y) === 1)).toEqual(range(1949, 1991))
    expect(range(1949, 1992).filter((y) => communist('YUG', y) === 1)).toEqual(range(1949, 1990))
    expect(range(1949, 2026).filter((y) => communist('CUB', y) === 1)).toEqual(range(1961, 2026))
    for (const id of ['GRC', 'TUR', 'IND', 'PAK'])
      expect(range(1949, 2026).some((y) => communist(id, y) === 1)).toBe(false)
  })

  it('ends Yugoslavia in 1992 and codes nothing for it after', () => {
    expect(state('YUG').lifespan).toMatchObject({ from: 1949, to: 1992 })
    expect(state('YUG').lifespan?.contested).toMatch(/COW/)
    expect(Math.max(...state('YUG').regime.map((s) => s.to))).toBe(1992)
  })
})

describe('every new pair', () => {
  it.each(WAVE1)('%s is out of sample, with every span cited, explained and rated', (id) => {
    const d = dyad(id)
    expect(d.caseSet).toBe('out-of-sample')
    expect(d.id).toBe(`${d.a}-${d.b}`)
    for (const field of DYAD_FIELDS) {
      for (const s of d[field]) {
        expect(s.sources.length, `${id} ${field} ${s.from}`).toBeGreaterThan(0)
        expect(s.rationale.length, `${id} ${field} ${s.from}`).toBeGreaterThanOrEqual(12)
        expect(['high', 'medium', 'low']).toContain(s.confidence)
      }
    }
    // A threat other than "no" names the common adversary.
    for (const s of d.threat)
      if (s.value !== 'no') expect(s.adversary, `${id} ${s.from}`).toBeTruthy()
  })

  it.each(WAVE1)('%s: low-confidence spans carry a contested note', (id) => {
    const d = dyad(id)
    for (const field of DYAD_FIELDS)
      for (const s of d[field])
        if (s.confidence === 'low') expect(s.contested, `${id} ${field} ${s.from}`).toBeTruthy()
  })
})

describe('YUG-GRC and YUG-TUR: the Balkan alliance', () => {
  it.each(['YUG-GRC', 'YUG-TUR'])('%s is coded only for 1949–1992', (id) => {
    const d = dyad(id)
    for (const field of DYAD_FIELDS) {
      expect(Math.min(...d[field].map((s) => s.from))).toBe(1949)
      expect(Math.max(...d[field].map((s) => s.to))).toBe(1992)
    }
    const at = outcomes(id)
    expect(range(1993, LAST_YEAR).every((y) => at(y) === 'absent')).toBe(true)
    expect(at(1992)).not.toBe('absent')
  })

  it.each(['YUG-GRC', 'YUG-TUR'])('%s: the Bled defence pact 1954–1964 in every series', (id) => {
    const d = dyad(id)
    expect(yearsWhere(d.treaty_defense, (v) => v)).toEqual(range(1954, 1964))
    expect(yearsWhere(d.treaty_any, (v) => v)).toEqual(range(1953, 1964))
    expect(yearsWhere(d.essay, (v) => v)).toEqual(range(1953, 1964))
    // COW's dyad-level dates: non-aggression in 1953, defence 1954–64, nothing after.
    expect(valueAt(d.cow, 1953)).toBe('nonaggression')
    expect(yearsWhere(d.cow, (v) => v === 'defense')).toEqual(range(1954, 1964))
    expect(valueAt(d.cow, 1965)).toBe('none')
    expect(valueAt(d.cow, 1967)).toBe('none')
    expect(valueAt(d.atop, 1953)).toEqual(['nonaggression', 'consultation'])
    expect(yearsWhere(d.atop, (v) => v?.includes('defense') ?? false)).toEqual(range(1954, 1964))
    // The Helsinki Final Act (ATOP non-aggression from 1975) is multilateral: left out.
    expect(valueAt(d.atop, 1980)).toEqual([])
  })

  it.each(['YUG-GRC', 'YUG-TUR'])("%s: marks the multilateral pact and COW's two files", (id) => {
    const d = dyad(id)
    const cowDefence = d.cow.find((s) => s.value === 'defense')!
    expect(cowDefence.contested).toMatch(/dyad-year/)
    expect(d.cow.find((s) => s.from === 1965)?.contested).toMatch(/1967/)
    expect(d.treaty_defense.find((s) => s.value)?.contested).toMatch(/[Mm]ultilateral/)
  })

  it.each(['YUG-GRC', 'YUG-TUR'])('%s is a miss in every series: no shared ideology', (id) => {
    for (const history of ['essay', 'treaty_any', 'cow', 'atop'] as HistorySeries[])
      expect(outcomesIn(id, 1954, 1964, { history })).toEqual(['miss'])
    expect(outcomesIn(id, 1954, 1964, { history: 'treaty_defense' })).toEqual(['miss'])
    expect(outcomesIn(id, 1953, 1953, { history: 'treaty_defense' })).toEqual(['correct_rejection'])
    expect(outcomesIn(id, 1965, 1992)).toEqual(['correct_rejection'])
    expect(outcomesIn(id, 1949, 1952)).toEqual(['correct_rejection'])
    expect([...compiled(id).history.essay.slice(1953 - FIRST_YEAR, 1965 - FIRST_YEAR)]).toEqual(
      range(1953, 1964).map(() => 1),
    )
  })

  it('YUG-TUR: the rivalry data give a common rival (Bulgaria) to 1950', () => {
    const t = dyad('YUG-TUR').threat
    expect(valueAt(t, 1950)).toBe('yes')
    expect(t.find((s) => s.from === 1949)?.adversary).toMatch(/Bulgaria/)
    expect(valueAt(dyad('YUG-GRC').threat, 1950)).toBe('no') // still rivals of each other
  })
})

describe('RUS-MNG', () => {
  const d = () => dyad('RUS-MNG')

  it('COW defence through 1991, the treaty series through 1993', () => {
    expect(yearsWhere(d().cow, (v) => v === 'defense')).toEqual(range(1949, 1991))
    expect(yearsWhere(d().treaty_defense, (v) => v)).toEqual(range(1949, 1993))
    expect(yearsWhere(d().treaty_any, (v) => v)).toEqual(range(1949, 2026))
    expect(yearsWhere(d().essay, (v) => v)).toEqual(range(1949, 1991))
    expect(yearsWhere(d().cow, (v) => v === 'nonaggression')).toEqual(range(2000, 2012))
    expect(valueAt(d().atop, 1993)).toEqual(['defense', 'nonaggression'])
    expect(valueAt(d().atop, 2010)).toEqual(['nonaggression'])
  })

  it('a shared Chinese threat 1964–1989, none from 1990', () => {
    expect(yearsWhere(d().threat, (v) => v === 'yes')).toEqual(range(1964, 1989))
    expect(d().threat.find((s) => s.value === 'yes')?.adversary).toBe('China')
    expect(valueAt(d().threat, 1990)).toBe('no')
  })

  it('hit 1964–89, a miss by inertia 1990–91, then hits again', () => {
    expect(outcomesIn('RUS-MNG', 1964, 1989)).toEqual(['hit'])
    expect(outcomesIn('RUS-MNG', 1990, 1991)).toEqual(['miss'])
    expect(outcomesIn('RUS-MNG', 1992, 2026)).toEqual(['correct_rejection'])
    // The treaty tail of 1992–93 is a short miss on the defence-treaty series.
    expect(outcomesIn('RUS-MNG', 1992, 1993, { history: 'treaty_defense' })).toEqual(['miss'])
  })
})

describe('RUS-ALB and CHN-ALB: the patron moved with the party line', () => {
  it('RUS-ALB: the Warsaw Pact only in COW and ATOP, 1955–1968, marked multilateral', () => {
    const d = dyad('RUS-ALB')
    expect(yearsWhere(d.cow, (v) => v === 'defense')).toEqual(range(1955, 1968))
    expect(yearsWhere(d.atop, (v) => v?.includes('defense') ?? false)).toEqual(range(1955, 1968))
    expect(d.cow.find((s) => s.value === 'defense')?.contested).toMatch(/[Mm]ultilateral/)
    expect(yearsWhere(d.treaty_any, (v) => v)).toEqual([])
    expect(yearsWhere(d.treaty_defense, (v) => v)).toEqual([])
    // Albania's 1991 CSCE entry in ATOP is multilateral: left out.
    expect(valueAt(d.atop, 1995)).toEqual([])
  })

  it('RUS-ALB: a party rift from 1960 while both stayed communist', () => {
    const d = dyad('RUS-ALB')
    expect(yearsWhere(d.rift, (v) => v)).toEqual(range(1960, 1991))
    expect(yearsWhere(d.essay, (v) => v)).toEqual(range(1955, 1961))
  })

  it('RUS-ALB: hit 1955–59; the rift ends the prediction, and COW keeps a paper alliance', () => {
    expect(outcomesIn('RUS-ALB', 1955, 1959)).toEqual(['hit'])
    expect(outcomesIn('RUS-ALB', 1960, 1961)).toEqual(['miss'])
    expect(outcomesIn('RUS-ALB', 1962, 1968)).toEqual(['correct_rejection'])
    expect(outcomesIn('RUS-ALB', 1962, 1968, { history: 'cow' })).toEqual(['miss'])
  })

  it('CHN-ALB: no alliance in any series, a shared Soviet threat 1962–77, a rift 1977–91', () => {
    const d = dyad('CHN-ALB')
    for (const field of ['essay', 'treaty_any', 'treaty_defense'] as const)
      expect(yearsWhere(d[field], (v) => v)).toEqual([])
    expect(yearsWhere(d.cow, (v) => v !== null && v !== 'none')).toEqual([])
    expect(yearsWhere(d.atop, (v) => v !== null && v.length > 0)).toEqual([])
    expect(yearsWhere(d.threat, (v) => v === 'yes')).toEqual(range(1962, 1977))
    expect(d.threat.find((s) => s.value === 'yes')?.adversary).toBe('Soviet Union')
    expect(yearsWhere(d.rift, (v) => v)).toEqual(range(1977, 1991))
    expect(d.essay.find((s) => s.from <= 1970 && 1970 <= s.to)?.contested).toMatch(/patron/)
  })

  it('CHN-ALB: a false alarm 1962–76 on every series, then correct rejections', () => {
    for (const history of ['essay', 'treaty_any', 'treaty_defense', 'cow', 'atop'] as const) {
      expect(outcomesIn('CHN-ALB', 1962, 1976, { history, contestedThreat: 'not-shared' })).toEqual(
        ['false_alarm'],
      )
    }
    expect(outcomesIn('CHN-ALB', 1977, 1991)).toEqual(['correct_rejection'])
  })
})

describe('CHN-PAK: a shared threat without a shared ideology', () => {
  const d = () => dyad('CHN-PAK')

  it('India is the common adversary in every year', () => {
    expect(yearsWhere(d().threat, (v) => v === 'yes')).toEqual(range(1949, 2026))
    expect(new Set(d().threat.map((s) => s.adversary))).toEqual(new Set(['India']))
  })

  it('never both communist, so the model never predicts an alliance', () => {
    expect(range(1949, 2026).some((y) => communist('CHN', y) && communist('PAK', y))).toBe(false)
    for (const history of ['essay', 'treaty_any', 'treaty_defense', 'cow', 'atop'] as const) {
      const at = outcomes('CHN-PAK', { history })
      expect(range(1949, 2026).some((y) => at(y) === 'hit' || at(y) === 'false_alarm')).toBe(false)
    }
    expect(outcomesIn('CHN-PAK', 1949, 2026)).toEqual(['correct_rejection'])
  })

  it('no alliance in the essay or defence series; the 2005 treaty only in treaty_any from 2006', () => {
    expect(yearsWhere(d().essay, (v) => v)).toEqual([])
    expect(yearsWhere(d().treaty_defense, (v) => v)).toEqual([])
    expect(yearsWhere(d().treaty_any, (v) => v)).toEqual(range(2006, 2026))
    expect(outcomesIn('CHN-PAK', 2006, 2026, { history: 'treaty_any' })).toEqual(['miss'])
  })

  it('leaves out the multilateral entries (Kabul Declaration, ASEAN treaty, SCO)', () => {
    expect(valueAt(d().cow, 2005)).toBe('none')
    expect(valueAt(d().atop, 2010)).toEqual([])
    expect(valueAt(d().atop, 2016)).toEqual([])
    expect(d().cow.find((s) => s.from <= 2005 && 2005 <= s.to)?.rationale).toMatch(/Kabul/)
  })
})
