// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, PRESETS } from '@/data'
import { EXERCISES } from '@/data/exercises'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { caseSetOf } from '@/model/lifespan'
import { presetScenario } from '@/model/presets'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { runsOf } from '@/ui/runs'
import { formatRuns } from '@/ui/words'

/*
 * The presets over the case library do what their exercises' teacher notes say the model shows,
 * and each has an exercise about a pair of the library.
 */

const WORLD = [
  'tito-stays-with-stalin',
  'albania-stays-with-moscow',
  'mongolia-stays-communist',
  'india-turns-communist',
]
const preset = (id: string) => PRESETS.find((p) => p.id === id)!
const predicted = (id: string | null, dyad: string, from = 1949, to = 2026) => {
  const scenario = id ? presetScenario(COMPILED, preset(id)) : EMPTY_SCENARIO
  const e = evaluate(COMPILED, scenario, DEFAULT_SETTINGS)
  const d = e.dyads[COMPILED.dyadIndex.get(dyad)!]!
  return formatRuns(runsOf(d.predicted, COMPILED.firstYear, from, to))
}
const allied = (dyad: string, from: number, to: number) => {
  const d = COMPILED.dyads[COMPILED.dyadIndex.get(dyad)!]!
  return formatRuns(runsOf(d.history.essay, COMPILED.firstYear, from, to))
}

describe('the case library presets', () => {
  it('each come with an exercise about an out-of-sample pair', () => {
    for (const id of WORLD) {
      const ex = EXERCISES.find((e) => e.preset === id)
      expect(ex, id).toBeDefined()
      const pair = COMPILED.source.dyads.find((d) => d.id === ex!.watch.dyad)!
      expect(caseSetOf(pair), id).toBe('out-of-sample')
    }
  })

  it('Tito never breaks with Stalin: an alliance to 1989 that history never had', () => {
    expect(predicted(null, 'RUS-YUG')).toBe('none')
    expect(predicted('tito-stays-with-stalin', 'RUS-YUG')).toBe('1949–1989')
    expect(allied('RUS-YUG', 1950, 1992)).toBe('none')
  })

  it('Albania stays with Moscow: the alliance lasts to 1989 instead of ending in 1961', () => {
    expect(predicted(null, 'RUS-ALB', 1960, 1991)).toBe('none')
    expect(predicted('albania-stays-with-moscow', 'RUS-ALB', 1960, 1991)).toBe('1960–1989')
    expect(allied('RUS-ALB', 1955, 1991)).toBe('1955–1961')
  })

  it('Mongolia stays communist: nothing changes, for want of a shared threat', () => {
    for (const dyad of ['CHN-MNG', 'RUS-MNG'])
      expect(predicted('mongolia-stays-communist', dyad, 1991, 2026)).toBe('none')
  })

  it('India turns communist in 1971: the 1971 treaty becomes a predicted alliance to 1989', () => {
    expect(predicted(null, 'RUS-IND')).toBe('none')
    expect(predicted('india-turns-communist', 'RUS-IND')).toBe('1971–1989')
  })
})
