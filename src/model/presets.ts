import type { CaseSet } from './types'
import type { CompiledDataset } from './compile'
import { changesToScenario } from './changes'
import { combineScenarios, effectiveValue, type Change, type Scenario } from './scenario'

/** A named counterfactual for class: a kebab-case id, a title, a teacher-facing description. */
export interface Preset {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly changes: readonly Change[]
  /** Set on a preset about the out-of-sample case library; absent for the essay's own cases. */
  readonly cases?: CaseSet
}

/** The scenario a preset stands for, on its own. */
export function presetScenario(c: CompiledDataset, preset: Preset): Scenario {
  return changesToScenario(c, preset.changes)
}

/** Several presets at once; where two set the same cell, the later one wins. */
export function combinePresets(c: CompiledDataset, presets: readonly Preset[]): Scenario {
  return combineScenarios(
    c,
    presets.map((p) => presetScenario(c, p)),
  )
}

/** True when every cell the preset sets holds the preset's value under the scenario. */
export function isPresetApplied(c: CompiledDataset, scenario: Scenario, preset: Preset): boolean {
  return preset.changes.every((ch) => {
    for (let y = Math.max(ch.from, c.firstYear); y <= Math.min(ch.to, c.lastYear); y++) {
      if (effectiveValue(c, scenario, ch.layer, ch.id, y) !== ch.value) return false
    }
    return true
  })
}
