import type { Metrics, MomentScore, TrivialScores } from '@/model/metrics'
import type { HistorySeries } from '@/model/types'
import { useExplorerResult } from '@/store/result-state'
import {
  selectBaselineFit,
  selectBaselineSummary,
  selectDivergence,
  selectFit,
  selectSummary,
} from '@/store/selectors'
import { HISTORY_SHORT, percent } from '@/ui/words'

const points = (a: number, b: number) => `${(Math.abs(a - b) * 100).toFixed(1)} points`

/**
 * How the model compares with rules that know nothing of threats or ideology, in one sentence;
 * with `baseline`, the baseline's accuracy stands beside the scenario's.
 */
export function trivialSentence(
  accuracy: number | null,
  trivial: TrivialScores,
  baseline?: number | null,
): string {
  const { alwaysNo, sameAsLastYear } = trivial
  if (accuracy === null || alwaysNo === null || sameAsLastYear === null) return ''
  const beside = baseline === undefined ? '' : ` (baseline ${percent(baseline, 1)})`
  const vsNo =
    accuracy >= alwaysNo
      ? `${points(accuracy, alwaysNo)} better than always predicting no alliance (${percent(alwaysNo, 1)})`
      : `${points(accuracy, alwaysNo)} worse than always predicting no alliance (${percent(alwaysNo, 1)})`
  const vsLast =
    accuracy >= sameAsLastYear
      ? `and ${points(accuracy, sameAsLastYear)} better than`
      : `but ${points(accuracy, sameAsLastYear)} worse than`
  return `The model is right in ${percent(accuracy, 1)}${beside} of the dyad-years it is scored on: ${vsNo}, ${vsLast} assuming each year repeats the last (${percent(sameAsLastYear, 1)}).`
}

/**
 * How many alliance onsets and ends the model catches, in one sentence; with `baseline`, the
 * baseline's counts stand beside the scenario's.
 */
export function momentSentence(m: MomentScore, baseline?: MomentScore): string {
  const of = (x: { caught: number; total: number }) => `${x.caught} of ${x.total}`
  const caught = baseline ? ` (baseline ${baseline.onsets.caught} and ${baseline.ends.caught})` : ''
  const invented = baseline ? ` (baseline ${baseline.invented})` : ''
  return `It catches ${of(m.onsets)} alliance onsets and ${of(m.ends)} ends within ±${m.tolerance} years${caught}, and predicts ${m.invented} ${m.invented === 1 ? 'start or end' : 'starts or ends'} history does not have${invented}.`
}

/** Says how many dyad-years the chosen history series does not cover, or nothing. */
export function uncoveredSentence(uncovered: number, history: HistorySeries): string {
  if (uncovered === 0) return ''
  const end = history === 'cow' ? 'after 2012' : history === 'atop' ? 'after 2018' : ''
  return (
    `${uncovered} dyad-years are left out: ${HISTORY_SHORT[history]} have no data ${end}`.trimEnd() +
    '.'
  )
}

/**
 * The fit to history against the trivial rules, for the Fit view and the handout. Under a scenario
 * the baseline's figures (the model on history) stand beside the ones the scenario moved.
 */
export function FitSentence({ metrics }: { metrics?: Metrics }) {
  const summary = useExplorerResult(selectSummary)
  const fit = useExplorerResult(selectFit)
  const baseline = useExplorerResult(selectBaselineSummary)
  const baselineFit = useExplorerResult(selectBaselineFit)
  const changed = useExplorerResult(selectDivergence).count > 0
  const history = useExplorerResult((s) => s.settings.history)
  const accuracy = (metrics ?? summary.overall).accuracy
  const m = fit.moments
  const b = baselineFit.moments
  const movedMoments =
    m.onsets.caught !== b.onsets.caught ||
    m.ends.caught !== b.ends.caught ||
    m.invented !== b.invented
  return (
    <>
      {trivialSentence(
        accuracy,
        fit.trivial,
        changed && accuracy !== baseline.overall.accuracy ? baseline.overall.accuracy : undefined,
      )}{' '}
      {momentSentence(m, changed && movedMoments ? b : undefined)}{' '}
      {uncoveredSentence(fit.uncovered, history)}
    </>
  )
}
