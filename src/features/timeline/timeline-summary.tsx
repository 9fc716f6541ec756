import { memo } from 'react'
import type { Translate } from '@/i18n/catalogue'
import { rich, useT } from '@/i18n/react'
import type { CompiledDataset } from '@/model/compile'
import type { DyadEvaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import { useExplorerResult, useResultFigures } from '@/store/result-state'
import { selectDivergence, selectLabels } from '@/store/selectors'
import { differenceRuns, runsOf } from '@/ui/runs'
import { useWords, type Words } from '@/ui/words'
import { absentRuns, missingStates } from './absent'
import { timelineSummaryWords } from './timeline-summary.en'

type T = Translate<typeof timelineSummaryWords>

/** The timeline as text: the headline figures, then each pair's alliance years. */
export function TimelineSummary() {
  const { evaluation, baseline, divergence, summary, baselineSummary, labels } = useResultFigures()
  const { firstYear: first } = evaluation.compiled
  const t = useT(timelineSummaryWords)
  const w = useWords()

  return (
    <div className="chart-text">
      <p className="summary-sentence">
        <DivergenceSentence />{' '}
        {t(divergence.count > 0 ? 'agrees.baseline' : 'agrees', {
          share: w.percent(summary.overall.accuracy),
          baseline: w.percent(baselineSummary.overall.accuracy),
        })}
      </p>
      <details>
        <summary>{t('as-text')}</summary>
        <ul>
          {evaluation.dyads.map((d, k) => (
            <PairText
              key={d.dyad.id}
              de={d}
              baseline={baseline.dyads[k]!}
              first={first}
              base={evaluation.compiled}
              labels={labels}
              t={t}
              w={w}
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
  t,
  w,
}: {
  readonly de: DyadEvaluation
  readonly baseline: DyadEvaluation
  readonly first: number
  readonly base: CompiledDataset
  readonly labels: Labels
  /** The messages and words in the language in use: the same functions until it changes. */
  readonly t: T
  readonly w: Words
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
  const notes =
    (gaps.length > 0 ? t('pair.no-data', { years: w.formatRuns(gaps) }) : '') +
    (absent.length > 0
      ? t('pair.absent', {
          states: missingStates(base, labels, d.dyad.id, absent[0]![0]),
          years: w.formatRuns(absent),
        })
      : '')
  return (
    <li>
      {rich(
        t('pair', {
          pair: labels.dyad(d.dyad.id),
          history: w.formatRuns(runsOf(d.history, first)),
          notes,
          baseline: w.formatRuns(runsOf(baseline.predicted, first)),
          scenario: w.formatRuns(runsOf(d.predicted, first)),
          differs: off.length > 0 ? t('pair.differs', { years: w.formatRuns(off) }) : '',
        }),
        { b: (c) => <strong>{c}</strong> },
      )}
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
  const t = useT(timelineSummaryWords)
  if (divergence.count === 0 || !divergence.first) {
    return <span>{t('divergence.none')}</span>
  }
  const n = divergence.count
  return (
    <span>
      {t('divergence', {
        n,
        count: String(n),
        pair: labels.dyad(divergence.first.dyad, divergence.first.year),
        year: String(divergence.first.year),
      })}
    </span>
  )
}
