import type { Evaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import { movedRunsOf, type YearRun } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { wordsIn } from '@/ui/words'
import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { whatChangedWords } from './what-changed.en'

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
 * store's `selectMovedRuns`, which the timeline shares); worked out here when not given. The
 * sentences are in `language`, the one in use by default.
 */
export function whatChanged(
  scenario: Evaluation,
  baseline: Evaluation,
  labels: Labels,
  moved: readonly (readonly YearRun[])[] = movedRunsOf(scenario, baseline).byDyad,
  language: Language = activeLanguage(),
): PairChange[] {
  const t = translator(whatChangedWords, language)
  const { formatRuns } = wordsIn(language)
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
    const during = runsOf(d.history, first, lo, hi)
    const endsBefore = d.history[lo - 1 - first] === 1
    changes.push({
      dyad: d.dyad.id,
      years: count(diff),
      first: lo,
      sentence: t('sentence', {
        pair: labels.dyadIn(d.dyad.id, lo, hi),
        model: lost.length === 0 ? 'gained' : gained.length === 0 ? 'lost' : 'both',
        gained: formatRuns(gained),
        lost: formatRuns(lost),
        history: during.length > 0 ? 'during' : endsBefore ? 'ends' : 'none',
        during: formatRuns(during),
        end: String(lo - 1),
      }),
    })
  })
  return changes.sort((a, b) => a.first - b.first || b.years - a.years)
}
