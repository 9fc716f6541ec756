import { ARGUMENT } from '@/data/argument'
import { EXERCISES } from '@/data/exercises'
import { useExplorerResult } from '@/store/result-state'
import {
  selectBaselineSummary,
  selectDivergence,
  selectLabels,
  selectSummary,
} from '@/store/selectors'
import { describeScenario } from '@/model/changes'
import { DivergenceSentence } from '@/features/timeline/timeline-summary'
import { CREDIT } from '@/features/export/caption'
import { FitSentence } from '@/features/metrics/fit-sentence'
import { SCORED_OUTCOMES } from '@/model/evaluate'
import { outcomeCount, percent } from '@/ui/words'
import './handout.css'

/** Keeps the handout to one page however long the session was. */
const PRINTED_STEPS = 4
const PRINTED_CHANGES = 4
const PRINTED_EXERCISES = 2
const PREDICTION_WORDS = { yes: 'yes', no: 'no', unsure: 'not sure' } as const
const clip = (t: string, max = 70) => (t.length > max ? `${t.slice(0, max - 1)}…` : t)

const QUESTIONS = [
  'Before looking: what did you expect the model to predict, and why?',
  'What changed in the chart? Name the pairs and the years.',
  'Does the result support or weaken the claim that both criteria are needed? Explain.',
]

/**
 * The printable handout: only shown on paper. With the timeline it fits one A4 or Letter page:
 * the essay's argument in brief, the scenario and the steps taken, the figures, and lines for
 * students' answers.
 */
export function Handout() {
  const scenario = useExplorerResult((s) => s.scenario)
  const log = useExplorerResult((s) => s.log)
  const rationales = useExplorerResult((s) => s.rationales)
  const labels = useExplorerResult(selectLabels)
  const summary = useExplorerResult(selectSummary)
  const baseline = useExplorerResult(selectBaselineSummary)
  const changes = describeScenario(labels, scenario)
  const answers = useExplorerResult((s) => s.answers)
  const answered = EXERCISES.filter((e) => answers[e.preset]?.prediction).map((exercise) => ({
    exercise,
    answer: answers[exercise.preset]!,
  }))
  const c = summary.overall.confusion
  const b = baseline.overall.confusion
  // Under a scenario each figure it moved carries the baseline's beside it; at rest they are one.
  const changed = useExplorerResult(selectDivergence).count > 0
  const beside = (now: number, before: number) =>
    changed && now !== before ? `, baseline ${before}` : ''
  return (
    <section className="handout" aria-label="Printable handout">
      <h2>The argument in brief</h2>
      <ol className="handout-argument">
        {ARGUMENT.map((point) => (
          <li key={point.id}>
            <strong>{point.short}</strong>: {point.brief}
          </li>
        ))}
      </ol>
      <h2>The scenario</h2>
      {changes.length === 0 ? (
        <p>History as coded: no changes.</p>
      ) : (
        <ul className="handout-changes">
          {changes.slice(0, PRINTED_CHANGES).map((t) => (
            <li key={t}>{t}</li>
          ))}
          {changes.length > PRINTED_CHANGES && (
            <li>and {changes.length - PRINTED_CHANGES} more changes</li>
          )}
        </ul>
      )}
      {log.length > 0 && (
        <>
          <h2>
            Steps taken
            {log.length > PRINTED_STEPS ? ` (the last ${PRINTED_STEPS} of ${log.length})` : ''}
          </h2>
          <ol className="handout-log" start={Math.max(1, log.length - PRINTED_STEPS + 1)}>
            {log.slice(-PRINTED_STEPS).map((e) => (
              <li key={e.id}>
                {e.text}
                {rationales[e.id] ? ` (why: ${clip(rationales[e.id]!, 50)})` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>How well the model fits</h2>
      <p>
        <DivergenceSentence /> Accuracy {percent(summary.overall.accuracy, 1)}
        {changed ? `, baseline ${percent(baseline.overall.accuracy, 1)}` : ''};{' '}
        {SCORED_OUTCOMES.map((o) => `${outcomeCount(o, c[o])}${beside(c[o], b[o])}`).join('; ')}.{' '}
        <FitSentence />
      </p>
      {answered.length > 0 && (
        <>
          <h2>
            Exercises
            {answered.length > PRINTED_EXERCISES
              ? ` (${PRINTED_EXERCISES} of ${answered.length})`
              : ''}
          </h2>
          <ul className="handout-exercises">
            {answered.slice(0, PRINTED_EXERCISES).map(({ exercise, answer }) => (
              <li key={exercise.preset}>
                {exercise.question} Predicted: {PREDICTION_WORDS[answer.prediction!]}
                {answer.reason ? ` (${clip(answer.reason, 50)})` : ''}.
                {answer.after ? ` After the reveal: ${PREDICTION_WORDS[answer.after]}.` : ''}
                {answer.explanation ? ` Explanation: ${clip(answer.explanation, 60)}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Your answers</h2>
      <ol className="handout-questions">
        {/* With exercises on the page, two general questions keep it to one sheet. */}
        {QUESTIONS.slice(0, answered.length > 0 ? 2 : 3).map((q) => (
          <li key={q}>
            {q}
            <span className="answer-line" />
            <span className="answer-line" />
          </li>
        ))}
      </ol>
      <p className="handout-credit">{CREDIT}</p>
    </section>
  )
}
