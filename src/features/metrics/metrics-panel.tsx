import { useId, type ReactNode } from 'react'
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
import { OUTCOME_EXPLAINED, OUTCOME_LABEL, OUTCOME_PLURAL, outcomeWord, percent } from '@/ui/words'
import './metrics.css'

const TABLE_ID = 'dyad-year-table'

/**
 * How well the model fits history: accuracy, the confusion matrix, and agreement per pair. Under a
 * scenario every figure it moves is shown with the baseline's (the model on history) beside it.
 */
export function MetricsPanel() {
  const id = useId()
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
        title={`Show only ${OUTCOME_PLURAL[o]} in the table`}
        onClick={() => showOutcome(o)}
      >
        <span className="count">{c[o]}</span> {outcomeWord(o, c[o])}
      </button>
      {changed && baseCounts[o] !== c[o] ? (
        <span className="delta">, baseline {baseCounts[o]}</span>
      ) : null}
    </td>
  )
  // Under a scenario each headline figure carries the baseline's, e.g. "80.9%, baseline 88.8%".
  const delta = (before: number | null, word: ReactNode = 'baseline') =>
    changed ? (
      <span className="delta">
        , {word} {percent(before, 1)}
      </span>
    ) : null
  const caught = (m: typeof fit.moments) => m.onsets.caught + m.ends.caught

  return (
    <section className="panel metrics" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>How well the model fits</h2>
      <p className="divergence" role="status">
        <DivergenceSentence />
      </p>
      <PlausibilityNote />
      <dl className="headline-metrics">
        <div>
          <dt>
            <Term id="accuracy">Accuracy</Term>
          </dt>
          <dd>
            {percent(overall.accuracy, 1)}
            {delta(baseline.overall.accuracy, <Term id="baseline">baseline</Term>)}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="precision">Precision</Term>
          </dt>
          <dd>
            {percent(overall.precision, 1)}
            {delta(baseline.overall.precision)}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="recall">Recall</Term>
          </dt>
          <dd>
            {percent(overall.recall, 1)}
            {delta(baseline.overall.recall)}
          </dd>
        </div>
        <div className="trivial">
          <dt>Always &ldquo;no alliance&rdquo;</dt>
          <dd>{percent(fit.trivial.alwaysNo, 1)}</dd>
        </div>
        <div className="trivial">
          <dt>Same as last year</dt>
          <dd>{percent(fit.trivial.sameAsLastYear, 1)}</dd>
        </div>
      </dl>
      <p className="fit-sentence">
        <FitSentence />
      </p>
      <details className="moments">
        <summary>
          Alliance onsets and ends: {caught(fit.moments)} of{' '}
          {fit.moments.onsets.total + fit.moments.ends.total} caught within ±{fit.moments.tolerance}{' '}
          years
          {changed && caught(baselineFit.moments) !== caught(fit.moments)
            ? ` (baseline ${caught(baselineFit.moments)})`
            : ''}
        </summary>
        <ul>
          {fit.moments.moments.map((m) => (
            <li key={`${m.dyad}-${m.kind}-${m.year}`}>
              {labels.dyad(m.dyad)}: alliance {m.kind === 'onset' ? 'begins' : 'ends'} in {m.year}
              {m.kind === 'end' ? ' (last allied year)' : ''}.{' '}
              {m.predicted === null
                ? 'Missed: the model predicts no such change within the window.'
                : m.predicted === m.year
                  ? 'Caught in the same year.'
                  : `Caught: the model puts it in ${m.predicted}.`}
            </li>
          ))}
        </ul>
      </details>
      <table className="confusion">
        <caption>
          Confusion matrix over {overall.total} <Term id="dyad-year">dyad-years</Term>; press a cell
          to list those years in the table
        </caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Model: alliance</th>
            <th scope="col">Model: no alliance</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <Term id="history">History</Term>: allied
            </th>
            {cell('hit')}
            {cell('miss')}
          </tr>
          <tr>
            <th scope="row">History: not allied</th>
            {cell('false_alarm')}
            {cell('correct_rejection')}
          </tr>
        </tbody>
      </table>
      <p className="hint">
        {SCORED_OUTCOMES.map((o) => `${OUTCOME_LABEL[o]}: ${OUTCOME_EXPLAINED[o]}`).join('. ')}.
      </p>
      <h3>Agreement per pair</h3>
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
                {changed && before !== d.accuracy ? `, baseline ${percent(before)}` : ''}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export { TABLE_ID }
