// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { disagreements, divergence, metricsOf, summarize } from '@/model/metrics'
import { EMPTY_SCENARIO, setSpan, toggleRegime } from '@/model/scenario'
import { tinyCompiled } from '../fixtures'

describe('metricsOf', () => {
  it('computes accuracy, precision and recall from a confusion matrix', () => {
    const m = metricsOf({ hit: 6, miss: 2, false_alarm: 3, correct_rejection: 9 })
    expect(m.total).toBe(20)
    expect(m.accuracy).toBeCloseTo(15 / 20)
    expect(m.precision).toBeCloseTo(6 / 9)
    expect(m.recall).toBeCloseTo(6 / 8)
  })

  it('reports no precision when nothing is predicted and no recall when history has no alliance', () => {
    const m = metricsOf({ hit: 0, miss: 0, false_alarm: 0, correct_rejection: 4 })
    expect(m.accuracy).toBe(1)
    expect(m.precision).toBeNull()
    expect(m.recall).toBeNull()
  })
})

describe('summarize', () => {
  it('gives metrics overall and per dyad', () => {
    const c = tinyCompiled()
    const s = summarize(evaluate(c, toggleRegime(EMPTY_SCENARIO, c, 'BBB', 2002), DEFAULT_SETTINGS))
    expect(s.overall.confusion).toEqual({ hit: 4, miss: 1, false_alarm: 0, correct_rejection: 5 })
    expect(s.byDyad.map((d) => [d.dyad, d.accuracy])).toEqual([
      ['AAA-BBB', 0.8],
      ['AAA-CCC', 1],
    ])
  })
})

describe('divergence', () => {
  const c = tinyCompiled()
  const baseline = evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)

  it('is empty for history itself', () => {
    expect(divergence(baseline, baseline)).toEqual({ count: 0, byDyad: [], first: null })
  })

  it('counts the dyad-years whose prediction changed and finds the earliest', () => {
    let s = setSpan(EMPTY_SCENARIO, c, 'regime', 'CCC', 2003, 2004, 'communist')
    s = toggleRegime(s, c, 'BBB', 2004)
    const e = evaluate(c, s, DEFAULT_SETTINGS)
    const d = divergence(baseline, e)
    // AAA-CCC now predicted allied 2003–04; AAA-BBB no longer allied in 2004.
    expect(d.count).toBe(3)
    expect(d.byDyad).toEqual([
      { dyad: 'AAA-BBB', count: 1 },
      { dyad: 'AAA-CCC', count: 2 },
    ])
    expect(d.first).toEqual({ dyad: 'AAA-CCC', year: 2003, from: false, to: true })
    expect(disagreements(e)).toBe(3)
  })
})
