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
import { credit } from '@/features/export/caption'
import { FitSentence } from '@/features/metrics/fit-sentence'
import { SCORED_OUTCOMES } from '@/model/evaluate'
import { useWords } from '@/ui/words'
import { rich, useDataText, useT } from '@/i18n/react'
import { handoutWords } from './handout.en'
import './handout.css'

/** Keeps the handout to one page however long the session was. */
const PRINTED_STEPS = 4
const PRINTED_CHANGES = 4
const PRINTED_EXERCISES = 2
const clip = (t: string, max = 70) => (t.length > max ? `${t.slice(0, max - 1)}…` : t)

const QUESTIONS = ['question.expect', 'question.changed', 'question.support'] as const

/**
 * The printable handout: only shown on paper. With the timeline it fits one A4 or Letter page:
 * the essay's argument in brief, the scenario and the steps taken, the figures, and lines for
 * students' answers.
 */
export function Handout() {
  const t = useT(handoutWords)
  const w = useWords()
  const dt = useDataText()
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
  const count = (o: (typeof SCORED_OUTCOMES)[number]) => {
    const text = w.outcomeCount(o, c[o])
    return changed && c[o] !== b[o]
      ? t('fit.count-baseline', { count: text, baseline: String(b[o]) })
      : text
  }
  const accuracy = w.percent(summary.overall.accuracy, 1)
  const prediction = (p: 'yes' | 'no' | 'unsure') => t(`prediction.${p}`)
  return (
    <section className="handout" aria-label={t('label')}>
      <h2>{t('argument.heading')}</h2>
      <ol className="handout-argument">
        {ARGUMENT.map((point) => (
          <li key={point.id}>
            {rich(
              t('argument.point', {
                short: dt('data.argument', `${point.id}.short`, point.short),
                brief: dt('data.argument', `${point.id}.brief`, point.brief),
              }),
              { b: (c) => <strong>{c}</strong> },
            )}
          </li>
        ))}
      </ol>
      <h2>{t('scenario.heading')}</h2>
      {changes.length === 0 ? (
        <p>{t('scenario.none')}</p>
      ) : (
        <ul className="handout-changes">
          {changes.slice(0, PRINTED_CHANGES).map((t) => (
            <li key={t}>{t}</li>
          ))}
          {changes.length > PRINTED_CHANGES && (
            <li>{t('scenario.more', { n: changes.length - PRINTED_CHANGES })}</li>
          )}
        </ul>
      )}
      {log.length > 0 && (
        <>
          <h2>
            {log.length > PRINTED_STEPS
              ? t('steps.heading-last', { shown: PRINTED_STEPS, n: log.length })
              : t('steps.heading')}
          </h2>
          <ol className="handout-log" start={Math.max(1, log.length - PRINTED_STEPS + 1)}>
            {log.slice(-PRINTED_STEPS).map((e) => (
              <li key={e.id}>
                {rationales[e.id]
                  ? t('step.why', { text: e.text, why: clip(rationales[e.id]!, 50) })
                  : e.text}
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('fit.heading')}</h2>
      <p>
        <DivergenceSentence />
        {t('fit.figures', {
          accuracy: changed
            ? t('fit.accuracy-baseline', {
                accuracy,
                baseline: w.percent(baseline.overall.accuracy, 1),
              })
            : t('fit.accuracy', { accuracy }),
          counts: SCORED_OUTCOMES.map(count).join(t('fit.separator')),
        })}
        <FitSentence />
      </p>
      {answered.length > 0 && (
        <>
          <h2>
            {answered.length > PRINTED_EXERCISES
              ? t('exercises.heading-some', { shown: PRINTED_EXERCISES, n: answered.length })
              : t('exercises.heading')}
          </h2>
          <ul className="handout-exercises">
            {answered.slice(0, PRINTED_EXERCISES).map(({ exercise, answer }) => (
              <li key={exercise.preset}>
                {answer.reason
                  ? t('exercise.predicted-reason', {
                      question: dt(
                        'data.exercises',
                        `${exercise.preset}.question`,
                        exercise.question,
                      ),
                      prediction: prediction(answer.prediction!),
                      reason: clip(answer.reason, 50),
                    })
                  : t('exercise.predicted', {
                      question: dt(
                        'data.exercises',
                        `${exercise.preset}.question`,
                        exercise.question,
                      ),
                      prediction: prediction(answer.prediction!),
                    })}
                {answer.after ? t('exercise.after', { prediction: prediction(answer.after) }) : ''}
                {answer.explanation
                  ? t('exercise.explanation', { explanation: clip(answer.explanation, 60) })
                  : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('answers.heading')}</h2>
      <ol className="handout-questions">
        {/* With exercises on the page, two general questions keep it to one sheet. */}
        {QUESTIONS.slice(0, answered.length > 0 ? 2 : 3).map((q) => (
          <li key={q}>
            {t(q)}
            <span className="answer-line" />
            <span className="answer-line" />
          </li>
        ))}
      </ol>
      <p className="handout-credit">{credit(w.language)}</p>
    </section>
  )
}
