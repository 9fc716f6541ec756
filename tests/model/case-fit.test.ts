// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import { counterExamples, fitByGroup, fitGrid, groupsOf } from '@/model/case-fit'
import { compileDataset, restrictDyads } from '@/model/compile'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { caseSetOf } from '@/model/lifespan'
import { metricsOf } from '@/model/metrics'
import { EMPTY_SCENARIO } from '@/model/scenario'

// Independent of which pairs the library holds: the essay's data with two pairs moved out of
// sample, so each group's figures can be checked against an evaluation of that group alone.
const OUT = ['VNM-USA', 'CHN-USA', 'VNM-LAO']
const library = compileDataset({
  ...DATASET,
  dyads: DATASET.dyads
    .filter((d) => caseSetOf(d) === 'essay')
    .map((d) => (OUT.includes(d.id) ? { ...d, caseSet: 'out-of-sample' as const } : d)),
})
const e = evaluate(library, EMPTY_SCENARIO, DEFAULT_SETTINGS)
const alone = (group: 'essay' | 'out-of-sample') =>
  evaluate(
    restrictDyads(library, (d) => caseSetOf(d) === group),
    EMPTY_SCENARIO,
    DEFAULT_SETTINGS,
  )

describe('fit by body of cases', () => {
  it('gives each group the figures an evaluation of that group alone gives, and all of them', () => {
    const fit = fitByGroup(e)
    expect(fit.map((f) => f.group)).toEqual(['essay', 'out-of-sample', 'all'])
    expect(fit.map((f) => f.pairs)).toEqual([library.dyads.length - 3, 3, library.dyads.length])
    for (const group of ['essay', 'out-of-sample'] as const) {
      const f = fit.find((x) => x.group === group)!
      expect(f.metrics).toEqual(metricsOf(alone(group).counts))
    }
    const [inSample, outOfSample, all] = fit
    expect(all!.metrics.total).toBe(inSample!.metrics.total + outOfSample!.metrics.total)
    // Vietnam–Laos is allied from 1977: "always no alliance" cannot be perfect out of sample.
    expect(outOfSample!.trivial.alwaysNo).toBeLessThan(1)
  })

  it('lists only the groups the data has', () => {
    expect(groupsOf(restrictDyads(library, (d) => caseSetOf(d) === 'essay'))).toEqual([
      'essay',
      'all',
    ])
  })
})

describe('counter-examples', () => {
  it('name the Sino-Soviet alliance kept through the party rift, 1960–69', () => {
    const found = counterExamples(e, 50)
    expect(found).toContainEqual({
      dyad: 'CHN-RUS',
      group: 'essay',
      kind: 'ally-despite-rift',
      from: 1960,
      to: 1969,
    })
  })

  it('come longest first and stop at the limit', () => {
    const found = counterExamples(e, 3)
    expect(found).toHaveLength(3)
    const lengths = found.map((c) => c.to - c.from)
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths)
  })

  it('name an alliance across the ideological line when one side is not communist', () => {
    const north = evaluate(
      library,
      { ...EMPTY_SCENARIO, regime: { PRK: { 1970: 'non-communist' } } },
      DEFAULT_SETTINGS,
    )
    expect(counterExamples(north, 50)).toContainEqual(
      expect.objectContaining({
        dyad: 'CHN-PRK',
        kind: 'ally-across-ideology',
        from: 1970,
        to: 1970,
      }),
    )
  })
})

describe('the claim under every rule and alliance definition', () => {
  it('scores each group under each of the 4 rules and 5 series', () => {
    const grid = fitGrid(library, EMPTY_SCENARIO, DEFAULT_SETTINGS)
    expect(grid).toHaveLength(20)
    const cell = grid.find((g) => g.rule === 'security-only' && g.history === 'cow')!
    const direct = evaluate(
      restrictDyads(library, (d) => caseSetOf(d) === 'out-of-sample'),
      EMPTY_SCENARIO,
      { ...DEFAULT_SETTINGS, rule: 'security-only', history: 'cow' },
    )
    expect(cell.accuracy[1]).toBe(metricsOf(direct.counts).accuracy)
  })
})
