// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DatasetError, loadDataset } from '@/data/schema'
import { span } from '@/data/span'
import { compileDataset } from '@/model/compile'
import { DEFAULT_SETTINGS, evaluate, OUTCOMES } from '@/model/evaluate'
import { dyadLifespan, stateLifespan } from '@/model/lifespan'
import { trivialScores } from '@/model/metrics'
import { buildRows } from '@/model/rows'
import { EMPTY_SCENARIO } from '@/model/scenario'

/*
 * A state that did not exist in some years (Yugoslavia after 1992): those years are not
 * dyad-years. The schema refuses a coding for them, the model does not evaluate them, and the
 * counts leave them out.
 */

const ALWAYS = { from: 1949, to: 2026 }
const life = {
  from: 1949,
  to: 1992,
  confidence: 'medium' as const,
  sources: ['S1'],
  rationale: 'The federation broke up in 1992.',
}
const all = <T>(v: T, from = 1949, to = 1992) => [
  span(from, to, v, 'high', 'S1', 'A test coding for these years.'),
]

function raw(pairTo = 1992) {
  return {
    firstYear: 1949,
    lastYear: 2026,
    sources: [{ id: 'S1', title: 'A test source (not linked)' }],
    states: [
      {
        id: 'AAA',
        short: 'A',
        names: [{ ...ALWAYS, name: 'A' }],
        regime: all('communist', 1949, 2026),
      },
      {
        id: 'YUG',
        short: 'Y',
        names: [{ from: 1949, to: 1992, name: 'Y' }],
        lifespan: life,
        regime: all('communist'),
      },
    ],
    dyads: [
      {
        id: 'AAA-YUG',
        a: 'AAA',
        b: 'YUG',
        caseSet: 'out-of-sample',
        threat: all('yes', 1949, pairTo).map((s) => ({ ...s, adversary: 'B' })),
        rift: all(false, 1949, pairTo),
        essay: all(true, 1949, pairTo),
        treaty_any: all(true, 1949, pairTo),
        treaty_defense: all(true, 1949, pairTo),
        cow: all('defense', 1949, pairTo),
        atop: all(['defense', 'offense'], 1949, pairTo),
      },
    ],
  }
}

function problemsOf(data: unknown): readonly string[] {
  try {
    loadDataset(data)
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError)
    return (e as DatasetError).problems
  }
  throw new Error('expected the dataset to be rejected')
}

describe('years a state did not exist', () => {
  it('are outside the lifespan of a pair: the later start and the earlier end', () => {
    const d = { firstYear: 1949, lastYear: 2026 }
    expect(stateLifespan({}, d)).toEqual(ALWAYS)
    expect(
      dyadLifespan(stateLifespan({}, d), stateLifespan({ lifespan: { ...life, from: 1960 } }, d)),
    ).toEqual({ from: 1960, to: 1992 })
  })

  it('take no coding: the schema names the pair, field and the years both states existed', () => {
    const problems = problemsOf(raw(2026))
    expect(problems).toContain(
      'dyad AAA-YUG, threat, spans must stay within 1949–1992, the years both states existed',
    )
    expect(problems).toContain(
      'dyad AAA-YUG, atop, spans must stay within 1949–1992, the years both states existed',
    )
  })

  it('take no regime either', () => {
    const data = raw()
    data.states[1]!.regime = all('communist', 1949, 1995)
    expect(problemsOf(data)).toEqual([
      'state YUG, regime, spans must stay within 1949–1992, the years the state existed',
    ])
  })

  it('are not evaluated: no prediction, outcome "absent", left out of the counts', () => {
    const c = compileDataset(loadDataset(raw()))
    for (const rule of ['two-criteria', 'two-criteria-lag', 'security-only'] as const) {
      const e = evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, rule, lag: 5 })
      const d = e.dyads[0]!
      const at = (year: number) => year - 1949
      expect(OUTCOMES[d.outcome[at(1992)]!]).toBe('hit')
      for (const year of [1993, 1997, 2026]) {
        expect(OUTCOMES[d.outcome[at(year)]!], `${rule} ${year}`).toBe('absent')
        expect(d.predicted[at(year)], `${rule} ${year}`).toBe(0)
      }
      expect(d.absent).toBe(2026 - 1992)
      expect(e.absent).toBe(2026 - 1992)
      expect(d.counts.hit).toBe(1992 - 1949 + 1)
      expect(d.counts.correct_rejection).toBe(0)
    }
  })

  it('have no row in the table or the CSV', () => {
    const rows = buildRows(
      evaluate(compileDataset(loadDataset(raw())), EMPTY_SCENARIO, DEFAULT_SETTINGS),
    )
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: 1992 - 1949 + 1 }, (_, i) => 1949 + i),
    )
  })

  it('stay absent whatever a scenario says about them', () => {
    const c = compileDataset(loadDataset(raw()))
    const scenario = { ...EMPTY_SCENARIO, regime: { YUG: { 2000: 'communist' as const } } }
    const d = evaluate(c, scenario, DEFAULT_SETTINGS).dyads[0]!
    expect(OUTCOMES[d.outcome[2000 - 1949]!]).toBe('absent')
    expect(d.predicted[2000 - 1949]).toBe(0)
  })

  it('get no data row and no place in the trivial baselines', () => {
    const e = evaluate(compileDataset(loadDataset(raw())), EMPTY_SCENARIO, DEFAULT_SETTINGS)
    const rows = buildRows(e)
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: 1992 - 1949 + 1 }, (_, i) => 1949 + i),
    )
    // Allied in every year it existed: "always no alliance" is never right, not right 34 times.
    expect(trivialScores(e).alwaysNo).toBe(0)
  })
})
