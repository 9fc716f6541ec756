import {
  evaluate,
  NOT_COVERED,
  RULES,
  sumConfusion,
  type Evaluation,
  type ModelSettings,
  type Rule,
} from './evaluate'
import type { CompiledDataset } from './compile'
import { caseSetOf } from './lifespan'
import { metricsOf, trivialScores, type Metrics, type TrivialScores } from './metrics'
import type { Scenario } from './scenario'
import { HISTORY_SERIES, type CaseSet, type HistorySeries } from './types'
import { CASE_SET } from './vocabulary'

/*
 * Does the rule travel? The model's fit on the essay's cases (in sample) beside its fit on the
 * pairs added to test it (out of sample), and on both, with the trivial rules' scores on the same
 * dyad-years and the cases that embarrass the rule most.
 */

/** A body of cases, or all of them. */
export type CaseGroup = CaseSet | 'all'

export interface GroupFit {
  readonly group: CaseGroup
  /** Pairs in the group. */
  readonly pairs: number
  readonly metrics: Metrics
  readonly trivial: TrivialScores
}

/** The evaluation of the pairs of one group only (the same dyad objects, the group's counts). */
function groupEvaluation(e: Evaluation, group: CaseGroup): Evaluation {
  if (group === 'all') return e
  const source = e.compiled.source.dyads
  const dyads = e.dyads.filter((d) => caseSetOf(source[d.dyad.index]!) === group)
  return {
    ...e,
    dyads,
    counts: sumConfusion(dyads.map((d) => d.counts)),
    uncovered: dyads.reduce((n, d) => n + d.uncovered, 0),
    absent: dyads.reduce((n, d) => n + d.absent, 0),
  }
}

/** The groups a dataset has, in vocabulary order, then all of them. */
export function groupsOf(c: CompiledDataset): readonly CaseGroup[] {
  const present = new Set(c.source.dyads.map(caseSetOf))
  return [...CASE_SET.values.filter((s) => present.has(s)), 'all']
}

/** The fit of each body of cases and of all, from one evaluation of the whole library. */
export function fitByGroup(e: Evaluation): readonly GroupFit[] {
  return groupsOf(e.compiled).map((group) => {
    const g = groupEvaluation(e, group)
    return { group, pairs: g.dyads.length, metrics: metricsOf(g.counts), trivial: trivialScores(g) }
  })
}

/** Why a run of years went against the rule. */
export type CounterKind =
  /** Allied although one of the two was not ruled by a communist party. */
  | 'ally-across-ideology'
  /** Allied although their parties were in open rift. */
  | 'ally-despite-rift'
  /** Allied without a threat the model counts as shared. */
  | 'ally-without-threat'
  /** Both criteria held, and no alliance. */
  | 'no-ally-despite-both'

export interface CounterExample {
  readonly dyad: string
  readonly group: CaseSet
  readonly kind: CounterKind
  readonly from: number
  readonly to: number
}

/**
 * The runs of years where history goes against the model, longest first (ties: earlier, then in
 * data order), at most `limit`. A run is cut where its reason changes.
 */
export function counterExamples(e: Evaluation, limit = 5): readonly CounterExample[] {
  const out: (CounterExample & { order: number })[] = []
  const first = e.compiled.firstYear
  const source = e.compiled.source.dyads
  for (const d of e.dyads) {
    let run: { kind: CounterKind; from: number } | null = null
    const close = (i: number) => {
      if (!run) return
      const rec = source[d.dyad.index]!
      out.push({
        dyad: rec.id,
        group: caseSetOf(rec),
        kind: run.kind,
        from: first + run.from,
        to: first + i - 1,
        order: d.dyad.index,
      })
      run = null
    }
    for (let i = 0; i <= d.outcome.length; i++) {
      let kind: CounterKind | null = null
      if (i < d.outcome.length && d.outcome[i]! < NOT_COVERED && d.predicted[i] !== d.history[i]) {
        if (d.predicted[i]) kind = 'no-ally-despite-both'
        else if (!(d.communistA[i]! & d.communistB[i]!)) kind = 'ally-across-ideology'
        else if (!d.sharedIdeology[i]) kind = 'ally-despite-rift'
        else kind = 'ally-without-threat'
      }
      if (run && run.kind !== kind) close(i)
      if (kind && !run) run = { kind, from: i }
    }
  }
  out.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || a.order - b.order)
  return out.slice(0, limit).map(({ order: _order, ...c }) => c)
}

export interface GridCell {
  readonly rule: Rule
  readonly history: HistorySeries
  /** Accuracy per group, in `groupsOf` order. */
  readonly accuracy: readonly (number | null)[]
}

/**
 * The claim under every rule and alliance definition the app has: accuracy in and out of sample
 * for each pair of them, over the same scenario and the other settings as given.
 */
export function fitGrid(
  c: CompiledDataset,
  scenario: Scenario,
  settings: ModelSettings,
): readonly GridCell[] {
  const groups = groupsOf(c)
  return RULES.flatMap((rule) =>
    HISTORY_SERIES.map((history) => {
      const e = evaluate(c, scenario, { ...settings, rule, history })
      return {
        rule,
        history,
        accuracy: groups.map((g) => metricsOf(groupEvaluation(e, g).counts).accuracy),
      }
    }),
  )
}
