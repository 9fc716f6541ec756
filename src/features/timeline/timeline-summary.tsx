import { memo } from 'react'
import type { CompiledDataset } from '@/model/compile'
import type { DyadEvaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import { useExplorerResult, useResultFigures } from '@/store/result-state'
import { selectDivergence, selectLabels } from '@/store/selectors'
import { differenceRuns, runsOf } from '@/ui/runs'
import { formatRuns, percent } from '@/ui/words'
import { absentRuns, missingStates } from './absent'

/** The timeline as text: the headline figures, then each pair's alliance years. */
export function TimelineSummary() {
  const { evaluation, baseline, divergence, summary, baselineSummary, labels } = useResultFigures()
  const { firstYear: first } = evaluation.compiled

  return (
    <div className="chart-text">
      <p className="summary-sentence">
        <DivergenceSentence /> The model agrees with history in {percent(summary.overall.accuracy)}{' '}
        of dyad-years
        {divergence.count > 0 ? `, baseline ${percent(baselineSummary.overall.accuracy)}` : ''}.
      </p>
      <details>
        <summary>The timeline as text</summary>
        <ul>
          {evaluation.dyads.map((d, k) => (
            <PairText
              key={d.dyad.id}
              de={d}
              baseline={baseline.dyads[k]!}
              first={first}
              base={evaluation.compiled}
              labels={labels}
            />
          ))}
        </ul>
      </details>
    </div>
  )
}

/**
 * One pair's years as text. Memoized: a click redraws only the pairs whose evaluation it changed
 * (the large dataset lists hundreds).
 */
const PairText = memo(function PairText({
  de: d,
  baseline,
  first,
  base,
  labels,
}: {
  readonly de: DyadEvaluation
  readonly baseline: DyadEvaluation
  readonly first: number
  readonly base: CompiledDataset
  readonly labels: Labels
}) {
  // Years the history series does not cover are named, and never count as a difference; years a
  // state did not exist are named apart, never as "no alliance" or as a gap in the data.
  const exists = d.dyad.exists
  const gaps = d.covered
    ? runsOf(
        d.covered.map((c, i) => (c ^ 1) & (exists ? exists[i]! : 1)),
        first,
      )
    : []
  const absent = absentRuns(d.dyad, first)
  const off = differenceRuns(d.predicted, d.history, first).flatMap((r) =>
    d.covered ? runsOf(d.covered, first, r[0], r[1]) : [r],
  )
  return (
    <li>
      <strong>{labels.dyad(d.dyad.id)}</strong>: allied in history{' '}
      {formatRuns(runsOf(d.history, first))}
      {gaps.length > 0 ? ` (no data in ${formatRuns(gaps)})` : ''}
      {absent.length > 0
        ? ` (${missingStates(base, labels, d.dyad.id, absent[0]![0])} did not exist in ${formatRuns(absent)})`
        : ''}
      ; model on history {formatRuns(runsOf(baseline.predicted, first))}; model on the scenario{' '}
      {formatRuns(runsOf(d.predicted, first))}
      {off.length > 0
        ? `; the scenario's prediction differs from history in ${formatRuns(off)}`
        : ''}
      .
    </li>
  )
})

/**
 * "43 dyad-years now predicted differently from the baseline; first divergence: Vietnam–Russia,
 * 1992", the pair named as it was that year. The baseline is the model on history, with no
 * scenario.
 */
export function DivergenceSentence() {
  const divergence = useExplorerResult(selectDivergence)
  const labels = useExplorerResult(selectLabels)
  if (divergence.count === 0 || !divergence.first) {
    return <span>The scenario changes no prediction: every prediction is the baseline&apos;s.</span>
  }
  const n = divergence.count
  return (
    <span>
      {n} {n === 1 ? 'dyad-year is' : 'dyad-years are'} now predicted differently from the baseline;
      first divergence: {labels.dyad(divergence.first.dyad, divergence.first.year)},{' '}
      {divergence.first.year}.
    </span>
  )
}
