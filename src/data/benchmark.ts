import { compileDataset, type CompiledDataset } from '@/model/compile'
import type { Preset } from '@/model/presets'
import { baseValue, EMPTY_SCENARIO, toggleThreat, type Scenario } from '@/model/scenario'
import { generateDataset } from './synthetic'

/**
 * The larger dataset `npm run bench:ui` loads into the app (`?dataset=generated`): 60 states and
 * 500 dyads over 1949–2026, 50 times the built-in 858 dyad-years, with one preset that flips the
 * first state's regime from 1992, like "Russia stays communist".
 */
export function benchmarkBase(): { base: CompiledDataset; presets: Preset[] } {
  const base = compileDataset(
    generateDataset({ states: 60, dyads: 500, years: 78, firstYear: 1949, seed: 7 }),
  )
  const state = base.states[0]!
  const flipped =
    baseValue(base, 'regime', state, 1992) === 'communist' ? 'non-communist' : 'communist'
  return {
    base,
    presets: [
      {
        id: 'generated-regime-change',
        title: `${state} turns ${flipped}`,
        description: `A generated counterfactual: state ${state} is ${flipped} from 1992 to 2026.`,
        changes: [{ layer: 'regime', id: state, from: 1992, to: 2026, value: flipped }],
      },
    ],
  }
}

/**
 * The largest scenario of single-year changes: every pair's threat flipped in every other year, so
 * no two changed years merge into one span (about 430 changes on the built-in data).
 */
export function checkerboard(c: CompiledDataset): Scenario {
  let scenario: Scenario = EMPTY_SCENARIO
  for (const d of c.dyads)
    for (let y = c.firstYear; y <= c.lastYear; y += 2) scenario = toggleThreat(scenario, c, d.id, y)
  return scenario
}
