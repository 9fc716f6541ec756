import { useId } from 'react'
import { SCORED_OUTCOMES, type ScoredOutcome } from '@/model/evaluate'
import { useExplorerStore } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import {
  selectBaselineFit,
  selectBaselineSummary,
  selectDivergence,
  selectFit,
  selectLabels,
  selectSummary,
} from '@/store/selectors'
import { FitSentence } from './fit-sentence'
import { DivergenceSentence } from '@/features/timeline/timeline-summary'
import { PlausibilityNote } from './plausibility-note'
import { Term } from '@/ui/term'
import { useWords } from '@/ui/words'
import { rich, useT } from '@/i18n/react'
import { metricsPanelWords } from './metrics-panel.en'
import './metrics.css'

const TABLE_ID = 'dyad-year-table'

/**
 * How well the model fits history: accuracy, the confusion matrix, and agreement per pair. Under a
 * scenario every figure it moves is shown with the baseline's (the model on history) beside it.
 */
export function MetricsPanel() {
  const id = useId()
  const t = useT(metricsPanelWords)
  const w = useWords()
  const percent = w.percent
  const summary = useExplorerResult(selectSummary)
  const baseline = useExplorerResult(selectBaselineSummary)
  const changed = useExplorerResult(selectDivergence).count > 0
  const labels = useExplorerResult(selectLabels)
  const filter = useExplorerStore((s) => s.view.table)
  const setTableFilter = useExplorerStore((s) => s.setTableFilter)
  const fit = useExplorerResult(selectFit)
  const baselineFit = useExplorerResult(selectBaselineFit)
  const { overall } = summary
  const c = overall.confusion
  const baseCounts = baseline.overall.confusion

  const showOutcome = (o: ScoredOutcome) => {
    const on = filter.outcomes.length === 1 && filter.outcomes[0] === o
    setTableFilter({ outcomes: on ? [] : [o] })
    if (!on) document.getElementById(TABLE_ID)?.scrollIntoView?.({ block: 'start' })
  }
  const cell = (o: ScoredOutcome) => (
    <td>
      <button
        type="button"
        className={`outcome-button outcome-${o}`}
        aria-pressed={filter.outcomes.length === 1 && filter.outcomes[0] === o}
        aria-controls={TABLE_ID}
        title={t('show-only', { outcomes: w.OUTCOME_PLURAL[o] })}
        onClick={() => showOutcome(o)}
      >
        <span className="count">{w.number(c[o])}</span> {w.outcomeWord(o, c[o])}
      </button>
      {changed && baseCounts[o] !== c[o] ? (
        <span className="delta">{t('cell.baseline', { n: baseCounts[o] })}</span>
      ) : null}
    </td>
  )
  // Under a scenario each headline figure carries the baseline's, e.g. "80.9%, baseline 88.8%".
  // The first figure names the baseline as a term, with its definition.
  const delta = (before: number | null, term = false) =>
    changed ? (
      <span className="delta">
        {term
          ? rich(t('delta.term', { value: percent(before, 1) }), {
              term: (words) => <Term id="baseline">{words}</Term>,
            })
          : t('delta', { value: percent(before, 1) })}
      </span>
    ) : null
  const caught = (m: typeof fit.moments) => m.onsets.caught + m.ends.caught

  return (
    <section className="panel metrics" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="divergence" role="status">
        <DivergenceSentence />
      </p>
      <PlausibilityNote />
      <dl className="headline-metrics">
        <div>
          <dt>
            <Term id="accuracy">{t('accuracy')}</Term>
          </dt>
          <dd>
            {percent(overall.accuracy, 1)}
            {delta(baseline.overall.accuracy, true)}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="precision">{t('precision')}</Term>
          </dt>
          <dd>
            {percent(overall.precision, 1)}
            {delta(baseline.overall.precision)}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="recall">{t('recall')}</Term>
          </dt>
          <dd>
            {percent(overall.recall, 1)}
            {delta(baseline.overall.recall)}
          </dd>
        </div>
        <div className="trivial">
          <dt>{t('always-no')}</dt>
          <dd>{percent(fit.trivial.alwaysNo, 1)}</dd>
        </div>
        <div className="trivial">
          <dt>{t('same-as-last')}</dt>
          <dd>{percent(fit.trivial.sameAsLastYear, 1)}</dd>
        </div>
      </dl>
      <p className="fit-sentence">
        <FitSentence />
      </p>
      <details className="moments">
        <summary>
          {t(
            changed && caught(baselineFit.moments) !== caught(fit.moments)
              ? 'moments.baseline'
              : 'moments',
            {
              caught: caught(fit.moments),
              total: fit.moments.onsets.total + fit.moments.ends.total,
              tolerance: fit.moments.tolerance,
              baseline: caught(baselineFit.moments),
            },
          )}
        </summary>
        <ul>
          {fit.moments.moments.map((m) => (
            <li key={`${m.dyad}-${m.kind}-${m.year}`}>
              {t(m.kind === 'onset' ? 'moment.onset' : 'moment.end', {
                pair: labels.dyad(m.dyad),
                year: String(m.year),
              })}{' '}
              {m.predicted === null
                ? t('moment.missed')
                : m.predicted === m.year
                  ? t('moment.same')
                  : t('moment.caught', { year: String(m.predicted) })}
            </li>
          ))}
        </ul>
      </details>
      <table className="confusion">
        <caption>
          {rich(t('caption', { n: overall.total }), {
            term: (words) => <Term id="dyad-year">{words}</Term>,
          })}
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('model.alliance')}</th>
            <th scope="col">{t('model.none')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {rich(t('history.allied'), {
                term: (words) => <Term id="history">{words}</Term>,
              })}
            </th>
            {cell('hit')}
            {cell('miss')}
          </tr>
          <tr>
            <th scope="row">{t('history.not-allied')}</th>
            {cell('false_alarm')}
            {cell('correct_rejection')}
          </tr>
        </tbody>
      </table>
      <p className="hint">
        {SCORED_OUTCOMES.map((o) =>
          t('outcome', { label: w.OUTCOME_LABEL[o], explained: w.OUTCOME_EXPLAINED[o] }),
        ).join(w.language === 'zh-Hans' ? '' : ' ')}
      </p>
      <h3>{t('per-pair')}</h3>
      <ul className="per-dyad">
        {summary.byDyad.map((d, k) => {
          const before = baseline.byDyad[k]!.accuracy
          return (
            <li key={d.dyad}>
              <button
                type="button"
                className="dyad-link"
                aria-pressed={filter.dyad === d.dyad}
                aria-controls={TABLE_ID}
                onClick={() => setTableFilter({ dyad: filter.dyad === d.dyad ? null : d.dyad })}
              >
                {labels.dyad(d.dyad)}
              </button>
              <span className="bar" aria-hidden="true">
                <span style={{ width: `${(d.accuracy ?? 0) * 100}%` }} />
              </span>
              <span className="value">
                {percent(d.accuracy)}
                {changed && before !== d.accuracy
                  ? t('pair.baseline', { value: percent(before) })
                  : ''}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export { TABLE_ID }
