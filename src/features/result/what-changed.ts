import type { Evaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import { movedRunsOf, type YearRun } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns } from '@/ui/words'

export interface PairChange {
  readonly dyad: string
  /** How many years the scenario's prediction differs from the baseline's. */
  readonly years: number
  /** The first year that differs, where the timeline is focused to show it. */
  readonly first: number
  /** "Vietnam–USSR / Russia: the model now predicts an alliance in 1992–1994; history ends it in 1991." */
  readonly sentence: string
}

const count = (runs: readonly YearRun[]) => runs.reduce((n, [a, b]) => n + b - a + 1, 0)

/**
 * Each pair whose prediction the scenario moves away from the baseline (the model on history),
 * in the order of history (the earliest change first), named in a sentence that sets the new prediction against history.
 * `moved` is, per dyad, the years the scenario's prediction differs from the baseline's (the
 * store's `selectMovedRuns`, which the timeline shares); worked out here when not given.
 */
export function whatChanged(
  scenario: Evaluation,
  baseline: Evaluation,
  labels: Labels,
  moved: readonly (readonly YearRun[])[] = movedRunsOf(scenario, baseline).byDyad,
): PairChange[] {
  const first = scenario.compiled.firstYear
  const changes: PairChange[] = []
  scenario.dyads.forEach((d, k) => {
    const diff = moved[k]!
    if (diff.length === 0) return
    const base = baseline.dyads[k]!.predicted
    const lo = diff[0]![0]
    const hi = diff[diff.length - 1]![1]
    const gained = runsOf(
      d.predicted.map((p, i) => p & (base[i]! ^ 1)),
      first,
    )
    const lost = runsOf(
      base.map((p, i) => p & (d.predicted[i]! ^ 1)),
      first,
    )
    const model = [
      gained.length > 0 ? `now predicts an alliance in ${formatRuns(gained)}` : '',
      lost.length > 0
        ? `${gained.length > 0 ? 'and ' : 'now predicts '}none in ${formatRuns(lost)}`
        : '',
    ]
      .filter(Boolean)
      .join(' ')
    const during = runsOf(d.history, first, lo, hi)
    const endsBefore = d.history[lo - 1 - first] === 1
    const history =
      during.length > 0
        ? `history has one in ${formatRuns(during)}`
        : endsBefore
          ? `history ends it in ${lo - 1}`
          : 'history has none in those years'
    changes.push({
      dyad: d.dyad.id,
      years: count(diff),
      first: lo,
      sentence: `${labels.dyadIn(d.dyad.id, lo, hi)}: the model ${model}; ${history}.`,
    })
  })
  return changes.sort((a, b) => a.first - b.first || b.years - a.years)
}
