// @vitest-environment node
/**
 * The second wave of the out-of-sample case library: each pair's key facts from the world casebook,
 * read from the shipped data, and the verdicts the model gives under the essay's default reading
 * (two criteria, strict ideology, contested threats counted as shared) against each history series.
 */
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import { caseSetOf } from '@/model/lifespan'
import { DEFAULT_SETTINGS, evaluate, OUTCOMES, type ModelSettings } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import type { HistorySeries } from '@/model/types'

const c = COMPILED
const WAVE2 = [
  'RUS-YUG',
  'RUS-CUB',
  'CHN-LAO',
  'VNM-CUB',
  'CHN-MNG',
  'RUS-IND',
  'RUS-LAO',
  'RUS-KHM',
] as const
type Pair = (typeof WAVE2)[number]

const record = (id: Pair) => DATASET.dyads.find((d) => d.id === id)!
type Field = 'threat' | 'rift' | 'essay' | 'treaty_any' | 'treaty_defense' | 'cow' | 'atop'
/** The coded span of a field that holds the year. */
const spanAt = (id: Pair, field: Field, year: number) => {
  const spans = record(id)[field] as readonly {
    from: number
    to: number
    value: unknown
    contested?: string
    adversary?: string
  }[]
  return spans.find((s) => s.from <= year && year <= s.to)
}
const valueAt = (id: Pair, field: Field, year: number) => spanAt(id, field, year)?.value

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
const ALL = range(c.firstYear, c.lastYear)
/** The years in which a field holds a value. */
const yearsWith = (id: Pair, field: Field, value: unknown) =>
  ALL.filter((y) => JSON.stringify(valueAt(id, field, y)) === JSON.stringify(value))

const run = (settings: Partial<ModelSettings> = {}) =>
  evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, ...settings })
const byHistory = new Map<HistorySeries, ReturnType<typeof run>>()
const evaluation = (history: HistorySeries = 'essay') => {
  if (!byHistory.has(history)) byHistory.set(history, run({ history }))
  return byHistory.get(history)!
}
const dyadEval = (e: ReturnType<typeof run>, id: Pair) => e.dyads[c.dyadIndex.get(id)!]!
/** The outcome of each year, by name. */
const outcomes = (id: Pair, history: HistorySeries = 'essay', e = evaluation(history)) => {
  const d = dyadEval(e, id)
  return new Map(ALL.map((y) => [y, OUTCOMES[d.outcome[y - c.firstYear]!]!]))
}
/** The years with the given outcome. */
const yearsOf = (id: Pair, outcome: string, history: HistorySeries = 'essay') =>
  [...outcomes(id, history)].filter(([, o]) => o === outcome).map(([y]) => y)
const predictedYears = (id: Pair, e = evaluation()) => {
  const d = dyadEval(e, id)
  return ALL.filter((y) => d.predicted[y - c.firstYear] === 1)
}

describe('the second wave of out-of-sample pairs', () => {
  it('ships all eight pairs, marked as out of sample', () => {
    for (const id of WAVE2) {
      const d = record(id)
      expect(d, id).toBeDefined()
      expect(caseSetOf(d), id).toBe('out-of-sample')
    }
  })

  it('names the common adversary of every threat it does not code "no"', () => {
    for (const id of WAVE2)
      for (const s of record(id).threat)
        if (s.value !== 'no') expect(s.adversary, `${id} ${s.from}`).toBeTruthy()
  })
})

describe('RUS-YUG: an alliance broken by the 1948 split, coded only while Yugoslavia existed', () => {
  it('has the 1945 treaty in force only in 1949, a defence pact in COW and ATOP', () => {
    for (const field of ['treaty_any', 'treaty_defense'] as const)
      expect(yearsWith('RUS-YUG', field, true)).toEqual([1949])
    expect(yearsWith('RUS-YUG', 'cow', 'defense')).toEqual([1949])
    expect(valueAt('RUS-YUG', 'atop', 1949)).toEqual(expect.arrayContaining(['defense']))
    expect(valueAt('RUS-YUG', 'atop', 1950)).toEqual([])
    expect(yearsWith('RUS-YUG', 'essay', true)).toEqual([])
    expect(spanAt('RUS-YUG', 'essay', 1949)?.contested).toMatch(/1949/)
  })

  it('codes the party rift in 1949–54 and 1958–61, and no common threat', () => {
    expect(yearsWith('RUS-YUG', 'rift', true)).toEqual([...range(1949, 1954), ...range(1958, 1961)])
    expect(yearsWith('RUS-YUG', 'threat', 'no')).toEqual(range(1949, 1992))
  })

  it('predicts no alliance, a hit against the essay series, and leaves 1993–2026 absent', () => {
    expect(predictedYears('RUS-YUG')).toEqual([])
    expect(yearsOf('RUS-YUG', 'correct_rejection')).toEqual(range(1949, 1992))
    expect(yearsOf('RUS-YUG', 'absent')).toEqual(range(1993, 2026))
    // Only the treaty's legal tail in 1949 is a miss in the treaty series.
    expect(yearsOf('RUS-YUG', 'miss', 'treaty_any')).toEqual([1949])
  })
})

describe('RUS-CUB: a de facto alliance without a treaty', () => {
  it('has no treaty in any formal series, the 1989 friendship treaty included', () => {
    for (const field of ['treaty_any', 'treaty_defense'] as const)
      expect(yearsWith('RUS-CUB', field, true)).toEqual([])
    expect(yearsWith('RUS-CUB', 'cow', 'none')).toEqual(range(1949, 2012))
    expect(yearsWith('RUS-CUB', 'atop', [])).toEqual(range(1949, 2018))
    expect(spanAt('RUS-CUB', 'treaty_any', 1989)?.contested).toMatch(/1989/)
  })

  it('counts a contested de facto alliance in 1962–91 and a shared US threat in 1959–89', () => {
    expect(yearsWith('RUS-CUB', 'essay', true)).toEqual(range(1962, 1991))
    expect(spanAt('RUS-CUB', 'essay', 1975)?.contested).toBeTruthy()
    expect(yearsWith('RUS-CUB', 'threat', 'yes').filter((y) => y < 1992)).toEqual(range(1959, 1989))
    expect(spanAt('RUS-CUB', 'threat', 1970)?.adversary).toBe('United States')
  })

  it('predicts 1961–89: hits in the essay series, false alarms in the treaty series', () => {
    expect(predictedYears('RUS-CUB')).toEqual(range(1961, 1989))
    expect(yearsOf('RUS-CUB', 'hit')).toEqual(range(1962, 1989))
    expect(yearsOf('RUS-CUB', 'false_alarm')).toEqual([1961])
    for (const history of ['treaty_any', 'treaty_defense', 'cow', 'atop'] as const)
      expect(yearsOf('RUS-CUB', 'false_alarm', history), history).toEqual(range(1961, 1989))
  })
})

describe('CHN-LAO: a control pair with no common threat', () => {
  it('has no alliance in any series and no shared threat in any year', () => {
    for (const field of ['essay', 'treaty_any', 'treaty_defense'] as const)
      expect(yearsWith('CHN-LAO', field, true)).toEqual([])
    expect(yearsWith('CHN-LAO', 'threat', 'no')).toEqual(ALL)
    expect(yearsWith('CHN-LAO', 'rift', true)).toEqual(range(1979, 1988))
  })

  it('is never predicted allied, whatever the reading of contested threats', () => {
    expect(predictedYears('CHN-LAO')).toEqual([])
    expect(predictedYears('CHN-LAO', run({ ideology: 'lenient' }))).toEqual([])
    expect(yearsOf('CHN-LAO', 'correct_rejection')).toEqual(ALL)
  })
})

describe('VNM-CUB: both criteria met, no alliance', () => {
  it('has no alliance in any series', () => {
    for (const field of ['essay', 'treaty_any', 'treaty_defense'] as const)
      expect(yearsWith('VNM-CUB', field, true)).toEqual([])
    expect(yearsWith('VNM-CUB', 'cow', 'none')).toEqual(range(1949, 2012))
    expect(yearsWith('VNM-CUB', 'atop', [])).toEqual(range(1949, 2018))
    expect(yearsWith('VNM-CUB', 'rift', true)).toEqual([])
  })

  it('is a false alarm in 1961–75, when the US threat is coded yes', () => {
    expect(yearsWith('VNM-CUB', 'threat', 'yes')).toEqual(range(1961, 1975))
    for (const history of ['essay', 'treaty_any', 'cow', 'atop'] as const) {
      const o = outcomes('VNM-CUB', history)
      for (const y of range(1961, 1975)) expect(o.get(y), `${history} ${y}`).toBe('false_alarm')
    }
    // The default reading counts the contested embargo years 1976–94 as shared too.
    expect(yearsOf('VNM-CUB', 'false_alarm')).toEqual(range(1961, 1994))
    // Counting contested threats as not shared leaves exactly the uncontested years.
    expect(predictedYears('VNM-CUB', run({ contestedThreat: 'not-shared' }))).toEqual(
      range(1961, 1975),
    )
  })
})

describe('CHN-MNG: a friendship treaty, then the split', () => {
  it('codes the 1960 treaty as a contested non-defence treaty, and the 1994 treaty in ATOP', () => {
    expect(yearsWith('CHN-MNG', 'treaty_any', true)).toEqual(range(1960, 2026))
    expect(spanAt('CHN-MNG', 'treaty_any', 1960)?.contested).toBeTruthy()
    expect(yearsWith('CHN-MNG', 'treaty_defense', true)).toEqual([])
    expect(yearsWith('CHN-MNG', 'atop', ['nonaggression'])).toEqual(range(1994, 2018))
    expect(yearsWith('CHN-MNG', 'atop', [])).toEqual(range(1949, 1993))
    expect(yearsWith('CHN-MNG', 'essay', true)).toEqual([])
  })

  it('codes the party rift 1963–89, with its start contested', () => {
    expect(yearsWith('CHN-MNG', 'rift', true)).toEqual(range(1963, 1989))
    expect(spanAt('CHN-MNG', 'rift', 1963)?.contested).toMatch(/1962/)
  })

  it('predicts nothing from 1959 on; before, only the contested threat predicts an alliance', () => {
    expect(predictedYears('CHN-MNG').filter((y) => y >= 1959)).toEqual([])
    expect(predictedYears('CHN-MNG')).toEqual(range(1949, 1958))
    expect(predictedYears('CHN-MNG', run({ contestedThreat: 'not-shared' }))).toEqual([])
    // From 1963 the rift and the lack of a common threat agree: correct rejections (a weak hit).
    for (const y of range(1963, 2026))
      expect(outcomes('CHN-MNG').get(y), `${y}`).toBe('correct_rejection')
  })
})

describe('RUS-IND: a communist power’s treaty with a non-communist partner', () => {
  it('codes the 1971 treaty in treaty_any, COW and ATOP, but not as a defence treaty', () => {
    expect(yearsWith('RUS-IND', 'treaty_any', true)).toEqual(range(1971, 2026))
    expect(yearsWith('RUS-IND', 'treaty_defense', true)).toEqual([])
    expect(yearsWith('RUS-IND', 'cow', 'nonaggression')).toEqual(range(1971, 1991))
    expect(yearsWith('RUS-IND', 'cow', 'none')).toEqual([
      ...range(1949, 1970),
      ...range(1992, 2012),
    ])
    expect(valueAt('RUS-IND', 'atop', 1971)).toEqual([
      'neutrality',
      'nonaggression',
      'consultation',
    ])
    expect(valueAt('RUS-IND', 'atop', 1993)).toEqual(['nonaggression', 'consultation'])
    // The multilateral Geneva Declaration on Laos (1962–64) is left out of both datasets.
    expect(valueAt('RUS-IND', 'cow', 1963)).toBe('none')
    expect(valueAt('RUS-IND', 'atop', 1963)).toEqual([])
  })

  it('shares the Chinese threat in 1962–89 but never a ruling ideology', () => {
    expect(yearsWith('RUS-IND', 'threat', 'yes')).toEqual(range(1962, 1989))
    expect(spanAt('RUS-IND', 'threat', 1971)?.adversary).toBe('China')
    expect(spanAt('RUS-IND', 'essay', 1971)?.contested).toMatch(/quasi-alliance/)
  })

  it('is never predicted: a hit in the essay and defence series, a miss in the others', () => {
    expect(predictedYears('RUS-IND')).toEqual([])
    expect(yearsOf('RUS-IND', 'correct_rejection')).toEqual(ALL)
    expect(yearsOf('RUS-IND', 'correct_rejection', 'treaty_defense')).toEqual(ALL)
    expect(yearsOf('RUS-IND', 'miss', 'treaty_any')).toEqual(range(1971, 2026))
    expect(yearsOf('RUS-IND', 'miss', 'cow')).toEqual(range(1971, 1991))
    expect(yearsOf('RUS-IND', 'miss', 'atop')).toEqual(range(1971, 2018))
    // Even the security-only rule, blind to ideology, does not rescue the 1990s treaty years.
    expect(predictedYears('RUS-IND', run({ rule: 'security-only' }))).toEqual(range(1958, 1989))
  })
})

describe('RUS-LAO and RUS-KHM: aid without a treaty, verdicts hanging on a contested threat', () => {
  it('has no alliance in any series for either pair', () => {
    for (const id of ['RUS-LAO', 'RUS-KHM'] as const) {
      for (const field of ['essay', 'treaty_any', 'treaty_defense'] as const)
        expect(yearsWith(id, field, true), `${id} ${field}`).toEqual([])
      expect(yearsWith(id, 'cow', 'none'), id).toEqual(range(1949, 2012))
      expect(yearsWith(id, 'atop', []), id).toEqual(range(1949, 2018))
    }
  })

  it('codes the Chinese threat of 1979–88 as contested, and the Khmer Rouge years as a rift', () => {
    for (const id of ['RUS-LAO', 'RUS-KHM'] as const) {
      expect(yearsWith(id, 'threat', 'yes'), id).toEqual([])
      expect(spanAt(id, 'threat', 1980)?.value, id).toBe('contested')
      expect(spanAt(id, 'threat', 1980)?.adversary, id).toMatch(/China/)
    }
    expect(yearsWith('RUS-KHM', 'rift', true)).toEqual(range(1975, 1978))
    expect(yearsWith('RUS-KHM', 'threat', 'no')).toEqual(expect.arrayContaining(range(1975, 1978)))
    expect(yearsWith('RUS-LAO', 'rift', true)).toEqual([])
  })

  it('turns into false alarms when contested threats count as shared, and stays open otherwise', () => {
    expect(yearsOf('RUS-LAO', 'false_alarm')).toEqual(range(1975, 1988))
    expect(yearsOf('RUS-KHM', 'false_alarm')).toEqual(range(1979, 1988))
    for (const id of ['RUS-LAO', 'RUS-KHM'] as const)
      expect(predictedYears(id, run({ contestedThreat: 'not-shared' })), id).toEqual([])
  })
})
