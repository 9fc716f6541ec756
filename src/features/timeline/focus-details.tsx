import { spanAt } from '@/model/compile'
import type { DyadEvaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import type { Span } from '@/model/types'
import { useExplorerResult } from '@/store/result-state'
import { dyadRowsOf, selectBaseline, selectEvaluation } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { HISTORY_SHORT, OUTCOME_EXPLAINED, OUTCOME_LABEL, THREAT_LABEL } from '@/ui/words'
import { missingStates } from './absent'

/**
 * The last year before year index `i` in which both criteria held, when the prediction for `i`
 * stands only because of the exit lag (both criteria fail in `i`); otherwise null.
 */
function keptByLag(de: DyadEvaluation, i: number, firstYear: number): number | null {
  if (!de.predicted[i] || de.sharedThreat[i]! & de.sharedIdeology[i]!) return null
  for (let j = i - 1; j >= 0; j--)
    if (de.sharedThreat[j]! & de.sharedIdeology[j]!) return firstYear + j
  return null
}

/** Which predicted alliances stand only by the exit lag, in words; empty when none does. */
function lagSentence(baseline: number | null, scenario: number | null, lag: number): string {
  const kept = (last: number) =>
    `kept by the ${lag}-year exit lag (both criteria last held in ${last})`
  if (baseline !== null && baseline === scenario)
    return `The predicted alliance is ${kept(scenario)}.`
  return [
    baseline === null ? '' : `The baseline's predicted alliance is ${kept(baseline)}.`,
    scenario === null ? '' : `The scenario's predicted alliance is ${kept(scenario)}.`,
  ]
    .filter(Boolean)
    .join(' ')
}

/** The codings behind the focused dyad-year: what history says, what the model saw and said. */
export function FocusDetails({ labels }: { labels: Labels }) {
  const focus = useExplorerResult((s) => s.view.focus)
  const evaluation = useExplorerResult(selectEvaluation)
  const baseline = useExplorerResult(selectBaseline)
  const base = useExplorerResult((s) => s.base)
  const history = useExplorerResult((s) => s.settings.history)
  const { rule, lag } = useExplorerResult((s) => s.settings)

  if (!focus) {
    return (
      <p className="focus-details hint" aria-live="polite">
        Point at the timeline, or tab to a row and use the arrow keys, to see one year&apos;s
        codings.
      </p>
    )
  }
  const d = base.dyadIndex.get(focus.dyad)
  const i = focus.year - base.firstYear
  if (d === undefined) return null
  const record = base.source.dyads[d]!
  const exists = base.dyads[d]!.exists
  const heading = (
    <h3>
      {labels.dyad(focus.dyad, focus.year)}, {focus.year}
    </h3>
  )
  if (exists && !exists[i]) {
    // Not a dyad-year: nothing was coded, nothing predicted, nothing scored.
    return (
      <div className="focus-details" aria-live="polite">
        {heading}
        <p>
          <strong>{missingStates(base, labels, focus.dyad, focus.year)} did not exist</strong> in{' '}
          {focus.year}: {OUTCOME_EXPLAINED.absent}.
        </p>
      </div>
    )
  }
  // A pair has no row for a year one of its states did not exist, so rows are found, not counted.
  const row = dyadRowsOf(evaluation, evaluation.dyads[d]!).find((r) => r.year === focus.year)
  if (!row) return null
  const threat = spanAt(record.threat, focus.year)
  const series = spanAt(record[history] as readonly Span<unknown>[], focus.year)
  const yesNo = (v: number) => (v ? 'alliance' : 'no alliance')
  const baselinePredicted = baseline.dyads[d]!.predicted[i]!
  const covered = baseline.dyads[d]!.covered
  // A year the chosen series has no data for is "not covered", never "no alliance".
  const historyWord = covered && !covered[i] ? 'not covered' : yesNo(baseline.dyads[d]!.history[i]!)
  // A rift between ruling parties needs two communist parties in power that year.
  const riftApplies = row.ideology_a === 'communist' && row.ideology_b === 'communist'
  const lagNote =
    rule === 'two-criteria-lag'
      ? lagSentence(
          keptByLag(baseline.dyads[d]!, i, base.firstYear),
          keptByLag(evaluation.dyads[d]!, i, base.firstYear),
          lag,
        )
      : ''

  return (
    <div className="focus-details" aria-live="polite">
      {heading}
      <p>
        History ({HISTORY_SHORT[history]}): <strong>{historyWord}</strong> · Baseline model:{' '}
        <strong>{yesNo(baselinePredicted)}</strong> · Scenario:{' '}
        <strong>{yesNo(row.predicted)}</strong> ({OUTCOME_LABEL[row.outcome].toLowerCase()}:{' '}
        {OUTCOME_EXPLAINED[row.outcome]}){lagNote ? `. ${lagNote}` : ''}
      </p>
      <p>
        {row.name_a}: {row.ideology_a}; {row.name_b}: {row.ideology_b}. Shared threat:{' '}
        {THREAT_LABEL[row.shared_threat]}
        {row.common_adversary ? ` (${row.common_adversary})` : ''}. Party rift:{' '}
        {riftApplies
          ? row.ideological_rift
            ? 'yes'
            : 'no'
          : 'not applicable (a rift counts only between two ruling communist parties)'}
        .{row.scenario_changed ? ' Changed by the scenario.' : ''}
      </p>
      {threat && (
        <p className="provenance">
          Threat coding: {threat.rationale}{' '}
          <SourceList ids={threat.sources} sources={base.source.sources} /> Confidence:{' '}
          {threat.confidence}.{threat.contested ? ` Contested: ${threat.contested}` : ''}
        </p>
      )}
      {series && (
        <p className="provenance">
          Alliance coding: {series.rationale}{' '}
          <SourceList ids={series.sources} sources={base.source.sources} /> Confidence:{' '}
          {series.confidence}.{series.contested ? ` Contested: ${series.contested}` : ''}
        </p>
      )}
    </div>
  )
}
