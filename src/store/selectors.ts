import { memoLast } from '@/lib/memo'
import { counterExamples, fitByGroup } from '@/model/case-fit'
import { restrictDyads } from '@/model/compile'
import { inScope } from '@/model/lifespan'
import { DEFAULT_SETTINGS, evaluate, type DyadEvaluation, type Evaluation } from '@/model/evaluate'
import { labelsIn } from './names'
import { dataText, text } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { scenarioWords } from './scenario-words.en'
import { divergence, isScored, momentsOf, summarize, trivialScores } from '@/model/metrics'
import { buildDyadRows, type DyadYearRow } from '@/model/rows'
import { combinePresets, isPresetApplied } from '@/model/presets'
import { countChanges, EMPTY_SCENARIO } from '@/model/scenario'
import type { ExplorerState, TableFilter } from './explorer-store'

/*
 * Everything the screen shows is derived here from the store's inputs (history, scenario,
 * settings, view). Each selector returns the same object until its inputs change, so zustand and
 * React skip every component whose data did not move.
 */

/**
 * An evaluation kept between calls: recomputed when the data, scenario or settings change, and
 * then only for the dyads a change touched.
 */
function evaluationOver(data: (s: ExplorerState) => ExplorerState['base']) {
  let last: Evaluation | undefined
  return (s: ExplorerState): Evaluation => {
    const c = data(s)
    if (last && last.compiled === c && last.scenario === s.scenario && last.settings === s.settings)
      return last
    last = evaluate(c, s.scenario, s.settings, last)
    return last
  }
}

/** The model over the scenario. Recomputes only the dyads a change touched. */
export const selectEvaluation = evaluationOver((s) => s.base)

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

export const selectLabels = (s: ExplorerState) => labelsIn(s.base.source, s.view.language)

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
  activePresetsOf(s.presets, s.library, s.scenario)

/** One dyad's evaluation under the scenario and the baseline; stable until that dyad changes. */
export const selectDyadEvaluation = (s: ExplorerState, index: number): DyadEvaluation =>
  selectEvaluation(s).dyads[index]!
export const selectBaselineDyad = (s: ExplorerState, index: number): DyadEvaluation =>
  selectBaseline(s).dyads[index]!

/** A run of consecutive years, first and last included. */
export type YearRun = readonly [number, number]

const NO_RUNS: readonly YearRun[] = Object.freeze([])

/**
 * The runs of years where two per-year series differ, `first` being the year of index 0; the same
 * empty array when they never differ. One pass, no temporary arrays: it runs for every pair on
 * every click of the large dataset.
 */
function differingRuns(a: Uint8Array, b: Uint8Array, first: number): readonly YearRun[] {
  let runs: [number, number][] | undefined
  let start = -1
  const n = a.length
  for (let i = 0; i <= n; i++) {
    const differs = i < n && a[i] !== b[i]
    if (differs && start < 0) start = i
    else if (!differs && start >= 0) {
      ;(runs ??= []).push([first + start, first + i - 1])
      start = -1
    }
  }
  return runs ?? NO_RUNS
}

export interface MovedRuns {
  readonly scenario: Evaluation
  readonly baseline: Evaluation
  /** Per dyad, in the data's order: the years its prediction under the scenario leaves the baseline. */
  readonly byDyad: readonly (readonly YearRun[])[]
}

/**
 * Per dyad, the runs of years where the scenario's prediction differs from the baseline's. Given
 * the previous result, a dyad whose evaluations are the same objects as before (the model hands an
 * untouched dyad back unchanged) keeps its runs, the same array, so its row can skip a redraw.
 */
export function movedRunsOf(
  scenario: Evaluation,
  baseline: Evaluation,
  previous?: MovedRuns,
): MovedRuns {
  const first = scenario.compiled.firstYear
  const reuse = previous && previous.scenario.compiled === scenario.compiled
  const byDyad = scenario.dyads.map((d, k) => {
    const base = baseline.dyads[k]!
    if (reuse && previous.scenario.dyads[k] === d && previous.baseline.dyads[k] === base) {
      return previous.byDyad[k]!
    }
    return d.predicted === base.predicted
      ? NO_RUNS
      : differingRuns(d.predicted, base.predicted, first)
  })
  return { scenario, baseline, byDyad }
}

let lastMoved: MovedRuns | undefined
/**
 * Per dyad, the years the scenario moves its prediction away from the baseline: what the timeline
 * draws a row's scenario band for and the result callout names. Computed once per evaluation.
 */
export function selectMovedRuns(s: ExplorerState): readonly (readonly YearRun[])[] {
  const scenario = selectEvaluation(s)
  const baseline = selectBaseline(s)
  if (lastMoved?.scenario !== scenario || lastMoved.baseline !== baseline) {
    lastMoved = movedRunsOf(scenario, baseline, lastMoved)
  }
  return lastMoved.byDyad
}

/** Runs cut to the years from `from` to `to`; the same array when every run lies inside them. */
export function runsWithin(runs: readonly YearRun[], from: number, to: number): readonly YearRun[] {
  if (runs.every(([a, b]) => a >= from && b <= to)) return runs
  const out: YearRun[] = []
  for (const [a, b] of runs) {
    if (b >= from && a <= to) out.push([Math.max(a, from), Math.min(b, to)])
  }
  return out.length > 0 ? out : NO_RUNS
}

// Rows are cached per dyad evaluation: a toggle rebuilds only the rows of the dyads it touched.
const rowCache = new WeakMap<DyadEvaluation, readonly DyadYearRow[]>()
/**
 * The rows of one dyad of an evaluation, built once per dyad evaluation. A view of one pair (the
 * focus details) asks for these rather than every row, which with the whole case library is
 * 1,849 rows rebuilt for each pair a click moves.
 */
export function dyadRowsOf(e: Evaluation, de: DyadEvaluation): readonly DyadYearRow[] {
  let rows = rowCache.get(de)
  if (!rows) {
    rows = buildDyadRows(e, de)
    rowCache.set(de, rows)
  }
  return rows
}
const rowsOf = memoLast((e: Evaluation): readonly DyadYearRow[] =>
  e.dyads.flatMap((de) => dyadRowsOf(e, de)),
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

/**
 * Per year, the share of dyads the model gets right, of those scored that year (the history series
 * covers the year and both states existed).
 */
function agreementByYear(e: Evaluation): number[] {
  const n = e.compiled.yearCount
  const agree = new Array<number>(n).fill(0)
  const scored = new Array<number>(n).fill(0)
  for (const d of e.dyads) {
    for (let i = 0; i < n; i++) {
      if (!isScored(d, i)) continue
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

const scenarioDescriptionOf = memoLast(
  (parts: ReturnType<typeof selectScenarioParts>, language: Language) => {
    const titles = parts.presets.map((p) =>
      dataText('data.presets', `${p.id}.title`, p.title, language),
    )
    if (titles.length === 0 && parts.extra === 0)
      return text(scenarioWords, 'history', undefined, language)
    if (parts.extra > 0) {
      titles.push(
        text(scenarioWords, titles.length ? 'further' : 'changes', { n: parts.extra }, language),
      )
    }
    return titles.join(text(scenarioWords, 'separator', undefined, language))
  },
)
/** The scenario in a few words: the presets applied and how many other cells changed. */
export const selectScenarioDescription = (s: ExplorerState) =>
  scenarioDescriptionOf(selectScenarioParts(s), s.view.language)

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

const libraryEvaluation = evaluationOver((s) => s.library)
/**
 * The model over the whole library (every body of cases), for the fit in and out of sample. The
 * same object as `selectEvaluation` when every case is in view.
 */
export const selectLibraryEvaluation = (s: ExplorerState): Evaluation =>
  s.base === s.library ? selectEvaluation(s) : libraryEvaluation(s)

const fitByGroupOf = memoLast(fitByGroup)
/** The model's fit on each body of cases and on all of them. */
export const selectFitByGroup = (s: ExplorerState) => fitByGroupOf(selectLibraryEvaluation(s))
const counterExamplesOf = memoLast((e: Evaluation) => counterExamples(e, 6))
/** Where history goes most against the rule, over the whole library. */
export const selectCounterExamples = (s: ExplorerState) =>
  counterExamplesOf(selectLibraryEvaluation(s))
/** Labels of every state and pair of the library, in view or not. */
export const selectLibraryLabels = (s: ExplorerState) => labelsIn(s.library.source, s.view.language)

const essayCasesOf = memoLast((library: ExplorerState['library']) =>
  restrictDyads(library, (d) => inScope(d, 'essay')),
)
/**
 * The essay's cases (and the user's own), whatever is in view: the Vu–Lan debate is about them,
 * so its lens and the class's verdicts are judged on them alone.
 */
export const selectEssayCases = (s: ExplorerState) => essayCasesOf(s.library)
