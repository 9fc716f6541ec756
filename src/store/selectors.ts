import { memoLast } from '@/lib/memo'
import { DEFAULT_SETTINGS, evaluate, type DyadEvaluation, type Evaluation } from '@/model/evaluate'
import { labelsOf } from '@/model/labels'
import { divergence, momentsOf, summarize, trivialScores } from '@/model/metrics'
import { buildDyadRows, type DyadYearRow } from '@/model/rows'
import { combinePresets, isPresetApplied } from '@/model/presets'
import { countChanges, EMPTY_SCENARIO } from '@/model/scenario'
import type { ExplorerState, TableFilter } from './explorer-store'

/*
 * Everything the screen shows is derived here from the store's inputs (history, scenario,
 * settings, view). Each selector returns the same object until its inputs change, so zustand and
 * React skip every component whose data did not move.
 */

let lastEvaluation: Evaluation | undefined

/** The model over the scenario. Recomputes only the dyads a change touched. */
export function selectEvaluation(s: ExplorerState): Evaluation {
  const prev = lastEvaluation
  if (
    prev &&
    prev.compiled === s.base &&
    prev.scenario === s.scenario &&
    prev.settings === s.settings
  ) {
    return prev
  }
  lastEvaluation = evaluate(s.base, s.scenario, s.settings, prev)
  return lastEvaluation
}

const baselineOf = memoLast((base: ExplorerState['base'], settings: ExplorerState['settings']) =>
  evaluate(base, EMPTY_SCENARIO, settings),
)
/** The same settings over unchanged history: what the scenario is compared with. */
export const selectBaseline = (s: ExplorerState) => baselineOf(s.base, s.settings)

const divergenceOf = memoLast(divergence)
export const selectDivergence = (s: ExplorerState) =>
  divergenceOf(selectBaseline(s), selectEvaluation(s))

const summaryOf = memoLast(summarize)
const baselineSummaryOf = memoLast(summarize)
export const selectSummary = (s: ExplorerState) => summaryOf(selectEvaluation(s))
export const selectBaselineSummary = (s: ExplorerState) => baselineSummaryOf(selectBaseline(s))

/** Trivial rules and the onsets and ends of alliances, scored on the model's own dyad-years. */
const fitFigures = (e: Evaluation) => ({
  trivial: trivialScores(e),
  moments: momentsOf(e),
  uncovered: e.uncovered,
})
const fitOf = memoLast(fitFigures)
export const selectFit = (s: ExplorerState) => fitOf(selectEvaluation(s))
const baselineFitOf = memoLast(fitFigures)
/** The same figures for the baseline, the model on history with no scenario. */
export const selectBaselineFit = (s: ExplorerState) => baselineFitOf(selectBaseline(s))

export const selectLabels = (s: ExplorerState) => labelsOf(s.base.source)

export const selectChangeCount = memoLast((s: ExplorerState['scenario']) => countChanges(s))

const activePresetsOf = memoLast(
  (
    presets: ExplorerState['presets'],
    base: ExplorerState['base'],
    scenario: ExplorerState['scenario'],
  ) => presets.filter((p) => isPresetApplied(base, scenario, p)).map((p) => p.id),
)
/** Ids of the presets whose every change is in the scenario. */
export const selectActivePresets = (s: ExplorerState) =>
  activePresetsOf(s.presets, s.base, s.scenario)

/** One dyad's evaluation under the scenario and the baseline; stable until that dyad changes. */
export const selectDyadEvaluation = (s: ExplorerState, index: number): DyadEvaluation =>
  selectEvaluation(s).dyads[index]!
export const selectBaselineDyad = (s: ExplorerState, index: number): DyadEvaluation =>
  selectBaseline(s).dyads[index]!

// Rows are cached per dyad evaluation: a toggle rebuilds only the rows of the dyads it touched.
const rowCache = new WeakMap<DyadEvaluation, readonly DyadYearRow[]>()
const rowsOf = memoLast((e: Evaluation): readonly DyadYearRow[] =>
  e.dyads.flatMap((de) => {
    let rows = rowCache.get(de)
    if (!rows) {
      rows = buildDyadRows(e, de)
      rowCache.set(de, rows)
    }
    return rows
  }),
)
/** One row per dyad-year, in the CSV's format. */
export const selectRows = (s: ExplorerState) => rowsOf(selectEvaluation(s))

function matches(row: DyadYearRow, f: TableFilter, from: number, to: number, search: string) {
  if (row.year < from || row.year > to) return false
  if (f.dyad && row.dyad !== f.dyad) return false
  if (f.outcomes.length > 0 && !f.outcomes.includes(row.outcome)) return false
  if (f.divergentOnly && (row.outcome === 'hit' || row.outcome === 'correct_rejection'))
    return false
  if (search) {
    const text = `${row.dyad} ${row.year} ${row.name_a} ${row.name_b} ${row.outcome} ${row.common_adversary} ${row.shared_threat}`
    // Every word must appear, in any order: "Vietnam 1992" finds Vietnam's pairs in 1992.
    const haystack = text.toLowerCase()
    if (!search.split(/\s+/).every((word) => haystack.includes(word))) return false
  }
  return true
}

const filteredRowsOf = memoLast(
  (rows: readonly DyadYearRow[], f: TableFilter, from: number, to: number) => {
    const search = f.search.trim().toLowerCase()
    const unfiltered = !f.dyad && f.outcomes.length === 0 && !f.divergentOnly && !search
    return unfiltered && rows.length > 0 && rows[0]!.year >= from && to >= rows.at(-1)!.year
      ? rows
      : rows.filter((r) => matches(r, f, from, to, search))
  },
)
/** The rows the table shows: the view's year range and the table's filters. */
export const selectTableRows = (s: ExplorerState) =>
  filteredRowsOf(selectRows(s), s.view.table, s.view.yearFrom, s.view.yearTo)

export interface YearAgreement {
  readonly year: number
  /** Share of dyads whose prediction agrees with history, in percent. */
  readonly baseline: number
  readonly scenario: number
}

/** Per year, the share of dyads the model gets right, of those the history series covers. */
function agreementByYear(e: Evaluation): number[] {
  const n = e.compiled.yearCount
  const agree = new Array<number>(n).fill(0)
  const scored = new Array<number>(n).fill(0)
  for (const d of e.dyads) {
    for (let i = 0; i < n; i++) {
      if (d.covered && !d.covered[i]) continue
      scored[i]!++
      if (d.predicted[i] === d.history[i]) agree[i]!++
    }
  }
  return agree.map((a, i) => (scored[i] ? (100 * a) / scored[i]! : 0))
}
const baselineAgreementOf = memoLast(agreementByYear)
const agreementOf = memoLast((baseline: Evaluation, e: Evaluation): readonly YearAgreement[] => {
  const b = baselineAgreementOf(baseline)
  const sc = e === baseline ? b : agreementByYear(e)
  return b.map((v, i) => ({ year: e.compiled.firstYear + i, baseline: v, scenario: sc[i]! }))
})
/** Per year, how many dyads the model gets right, baseline against scenario. */
export const selectAgreementByYear = (s: ExplorerState) =>
  agreementOf(selectBaseline(s), selectEvaluation(s))

const scenarioPartsOf = memoLast(
  (
    presets: ExplorerState['presets'],
    active: readonly string[],
    scenario: ExplorerState['scenario'],
    base: ExplorerState['base'],
  ) => {
    const applied = presets.filter((p) => active.includes(p.id))
    const extra = countChanges(scenario) - countChanges(combinePresets(base, applied))
    return { presets: applied, extra }
  },
)
/** The scenario as the presets fully applied and the number of cells changed beyond them. */
export const selectScenarioParts = (s: ExplorerState) =>
  scenarioPartsOf(s.presets, selectActivePresets(s), s.scenario, s.base)

const scenarioDescriptionOf = memoLast((parts: ReturnType<typeof selectScenarioParts>) => {
  const titles = parts.presets.map((p) => p.title)
  if (titles.length === 0 && parts.extra === 0) return 'history as coded'
  if (parts.extra > 0) {
    titles.push(
      `${parts.extra} ${titles.length ? 'further ' : ''}${parts.extra === 1 ? 'change' : 'changes'}`,
    )
  }
  return titles.join('; ')
})
/** The scenario in a few words: the presets applied and how many other cells changed. */
export const selectScenarioDescription = (s: ExplorerState) =>
  scenarioDescriptionOf(selectScenarioParts(s))

const atRestOf = memoLast(
  (scenario: ExplorerState['scenario'], settings: ExplorerState['settings']) =>
    countChanges(scenario) === 0 &&
    settings.rule === DEFAULT_SETTINGS.rule &&
    (settings.rule !== 'two-criteria-lag' || settings.lag === DEFAULT_SETTINGS.lag) &&
    settings.ideology === DEFAULT_SETTINGS.ideology &&
    settings.contestedThreat === DEFAULT_SETTINGS.contestedThreat &&
    settings.history === DEFAULT_SETTINGS.history,
)
/**
 * At rest: no scenario change and the default settings (the exit lag counts only under its rule).
 * The timeline then shows history and the model only.
 */
export const selectAtRest = (s: ExplorerState) => atRestOf(s.scenario, s.settings)
