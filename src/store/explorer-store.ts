import { create, type StateCreator } from 'zustand'
import { COMPILED, PRESETS } from '@/data'
import type { CompiledDataset } from '@/model/compile'
import { DEFAULT_SETTINGS, type ModelSettings, type Outcome } from '@/model/evaluate'
import { isPresetApplied, type Preset } from '@/model/presets'
import {
  EMPTY_SCENARIO,
  setSpan,
  toggleRegime,
  toggleRift,
  toggleThreat,
  type Layer,
  type LayerValue,
  type Scenario,
} from '@/model/scenario'

/** The immutable history and the named counterfactuals over it; never written after creation. */
export interface BaseSlice {
  readonly base: CompiledDataset
  readonly presets: readonly Preset[]
}

/** The counterfactual: a sparse patch over history, and the actions a user can take on it. */
export interface ScenarioSlice {
  readonly scenario: Scenario
  /** Flips one cell: a state's regime, or a dyad's threat or rift, in one year. */
  toggleCell: (layer: Layer, id: string, year: number) => void
  /** Sets a span of years of one state or dyad to one value. */
  setCells: <L extends Layer>(
    layer: L,
    id: string,
    from: number,
    to: number,
    value: LayerValue<L>,
  ) => void
  /** Applies a preset, or takes it back off if it is already fully applied. */
  togglePreset: (id: string) => void
  resetScenario: () => void
}

export interface SettingsSlice {
  readonly settings: ModelSettings
  updateSettings: (patch: Partial<ModelSettings>) => void
}

export interface TableFilter {
  /** Only this dyad, or every dyad when null. */
  readonly dyad: string | null
  /** Only these outcomes, or every outcome when empty. */
  readonly outcomes: readonly Outcome[]
  /** Only dyad-years where the model disagrees with history. */
  readonly divergentOnly: boolean
  readonly search: string
}

export interface ViewState {
  /** Dyads left out of the timeline, by id. */
  readonly hiddenDyads: readonly string[]
  readonly yearFrom: number
  readonly yearTo: number
  /** The dyad-year whose codings are shown in detail. */
  readonly focus: { readonly dyad: string; readonly year: number } | null
  readonly table: TableFilter
}

export interface ViewSlice {
  readonly view: ViewState
  setFocus: (focus: ViewState['focus']) => void
  toggleDyadShown: (id: string) => void
  showAllDyads: () => void
  setYearRange: (from: number, to: number) => void
  setTableFilter: (patch: Partial<TableFilter>) => void
}

export type ExplorerState = BaseSlice & ScenarioSlice & SettingsSlice & ViewSlice

export const NO_TABLE_FILTER: TableFilter = Object.freeze({
  dyad: null,
  outcomes: Object.freeze([]) as readonly Outcome[],
  divergentOnly: false,
  search: '',
})

type Slice<T> = StateCreator<ExplorerState, [], [], T>

const createScenarioSlice: Slice<ScenarioSlice> = (set, get) => ({
  scenario: EMPTY_SCENARIO,
  toggleCell: (layer, id, year) =>
    set(({ scenario, base, settings }) => ({
      scenario:
        layer === 'regime'
          ? toggleRegime(scenario, base, id, year)
          : layer === 'rift'
            ? toggleRift(scenario, base, id, year)
            : toggleThreat(scenario, base, id, year, settings.contestedThreat === 'shared'),
    })),
  setCells: (layer, id, from, to, value) =>
    set(({ scenario, base }) => ({
      scenario: setSpan(scenario, base, layer, id, from, to, value),
    })),
  togglePreset: (id) => {
    const { presets, base, scenario } = get()
    const preset = presets.find((p) => p.id === id)
    if (!preset) return
    const on = isPresetApplied(base, scenario, preset)
    let next = scenario
    for (const ch of preset.changes) {
      next = on
        ? setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, () => undefined)
        : setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, ch.value)
    }
    set({ scenario: next })
  },
  resetScenario: () => set({ scenario: EMPTY_SCENARIO }),
})

const createSettingsSlice: Slice<SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (patch) => set(({ settings }) => ({ settings: { ...settings, ...patch } })),
})

const createViewSlice =
  (base: CompiledDataset): Slice<ViewSlice> =>
  (set) => ({
    view: {
      hiddenDyads: [],
      yearFrom: base.firstYear,
      yearTo: base.lastYear,
      focus: null,
      table: NO_TABLE_FILTER,
    },
    setFocus: (focus) =>
      set(({ view }) =>
        view.focus?.dyad === focus?.dyad && view.focus?.year === focus?.year
          ? {}
          : { view: { ...view, focus } },
      ),
    toggleDyadShown: (id) =>
      set(({ view }) => ({
        view: {
          ...view,
          hiddenDyads: view.hiddenDyads.includes(id)
            ? view.hiddenDyads.filter((d) => d !== id)
            : [...view.hiddenDyads, id],
        },
      })),
    showAllDyads: () => set(({ view }) => ({ view: { ...view, hiddenDyads: [] } })),
    setYearRange: (from, to) =>
      set(({ view, base }) => {
        const lo = Math.max(base.firstYear, Math.min(from, to))
        const hi = Math.min(base.lastYear, Math.max(from, to))
        return { view: { ...view, yearFrom: lo, yearTo: hi } }
      }),
    setTableFilter: (patch) =>
      set(({ view }) => ({ view: { ...view, table: { ...view.table, ...patch } } })),
  })

/** Builds a store over a dataset: the app uses the built-in one, tests and benchmarks their own. */
export function createExplorerStore(
  base: CompiledDataset = COMPILED,
  presets: readonly Preset[] = PRESETS,
) {
  return create<ExplorerState>()((...a) => ({
    base,
    presets,
    ...createScenarioSlice(...a),
    ...createSettingsSlice(...a),
    ...createViewSlice(base)(...a),
  }))
}

/** The app's one store, over the built-in dataset. */
export const useExplorerStore = createExplorerStore()
