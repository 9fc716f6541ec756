import { ContestedText } from '@/ui/contested-term'
import { useId } from 'react'
import { EXERCISES, type Exercise } from '@/data/exercises'
import { useExplorerStore, type ExerciseAnswer } from '@/store/explorer-store'
import { selectBaseline, selectEvaluation, selectLabels } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { useWords } from '@/ui/words'
import { rich, useDataText, useT } from '@/i18n/react'
import { PREDICTION, type Prediction } from '@/model/vocabulary'
import { LIMITS } from '@/model/limits'
import { exerciseWords } from './exercise-words.en'
import './exercises.css'

/**
 * What the model says about the exercise's pair and years, in a sentence; where the scenario moved
 * the prediction, the baseline's (the model on history) stands beside it.
 */
export function useExerciseResult(
  ex: Pick<Exercise, 'watch'>,
): { text: string; allied: boolean } | null {
  const evaluation = useExplorerStore(selectEvaluation)
  const baseline = useExplorerStore(selectBaseline)
  const labels = useExplorerStore(selectLabels)
  const t = useT(exerciseWords)
  const { formatRuns } = useWords()
  const index = evaluation.compiled.dyadIndex.get(ex.watch.dyad)
  if (index === undefined) return null
  const d = evaluation.dyads[index]!
  const first = evaluation.compiled.firstYear
  const predicted = runsOf(d.predicted, first, ex.watch.from, ex.watch.to)
  const before = runsOf(baseline.dyads[index]!.predicted, first, ex.watch.from, ex.watch.to)
  const history = runsOf(d.history, first, ex.watch.from, ex.watch.to)
  const pair = labels.dyadIn(ex.watch.dyad, ex.watch.from, ex.watch.to)
  const text = t('result', {
    allied: predicted.length > 0 ? 'yes' : 'no',
    pair,
    predicted: formatRuns(predicted),
    span: `${ex.watch.from}–${ex.watch.to}`,
    baseline:
      formatRuns(before) === formatRuns(predicted) ? 'same' : before.length > 0 ? 'other' : 'none',
    before: formatRuns(before),
    recorded: history.length > 0 ? 'yes' : 'no',
    history: formatRuns(history),
  })
  return { text, allied: predicted.length > 0 }
}

/**
 * An exercise as a card shows it, from the built-in exercises or a teacher's lesson: `id` keys the
 * student's answer; `teacher` is what only the teacher sees (notes and, for a lesson, the key).
 */
export interface ExerciseView {
  readonly id: string
  readonly title: string
  readonly question: string
  readonly watch: Exercise['watch']
  readonly choices: Readonly<Record<Prediction, string>>
  /** Applies the exercise's counterfactual. */
  readonly reveal: () => void
  /** Shown beside the model's answer at the reveal. */
  readonly explanation?: string
  readonly teacher: {
    readonly notes: string
    readonly prompts: readonly string[]
    readonly key?: string
  } | null
}

/** One exercise: predict, reveal, explain. */
export function ExerciseCard({ exercise }: { exercise: ExerciseView }) {
  const id = useId()
  const answer: ExerciseAnswer = useExplorerStore((s) => s.answers[exercise.id]) ?? {}
  const setAnswer = useExplorerStore((s) => s.answer)
  const result = useExerciseResult(exercise)
  const t = useT(exerciseWords)

  const reveal = () => {
    exercise.reveal()
    setAnswer(exercise.id, { revealed: true })
  }
  const agree =
    answer.prediction === 'unsure' || !result
      ? 'none'
      : (answer.prediction === 'yes') === result.allied
        ? 'yes'
        : 'no'

  return (
    <article className="exercise" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{exercise.title}</h3>
      <p className="question">
        <ContestedText>{exercise.question}</ContestedText>
      </p>
      <fieldset disabled={answer.revealed}>
        <legend>{t('prediction.legend')}</legend>
        {PREDICTION.values.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-prediction`}
              value={value}
              checked={answer.prediction === value}
              onChange={() => setAnswer(exercise.id, { prediction: value })}
            />
            {exercise.choices[value]}
          </label>
        ))}
        <label className="stacked">
          {t('reason.label')}
          <input
            type="text"
            maxLength={LIMITS.reason}
            value={answer.reason ?? ''}
            onChange={(e) => setAnswer(exercise.id, { reason: e.target.value })}
          />
        </label>
      </fieldset>
      {!answer.revealed ? (
        <>
          <button
            type="button"
            className="reveal"
            disabled={!answer.prediction}
            aria-describedby={answer.prediction ? undefined : `${id}-why`}
            onClick={reveal}
          >
            {t('reveal')}
          </button>
          {!answer.prediction && (
            <p id={`${id}-why`} className="hint">
              {t('reveal.why')}
            </p>
          )}
        </>
      ) : (
        <>
          <p className="result" role="status">
            {rich(t('answer', { agree }), {
              b: (c) => <strong>{c}</strong>,
              result: () => result?.text,
            })}
          </p>
          {exercise.explanation && <p className="explanation">{exercise.explanation}</p>}
          <fieldset>
            <legend>{t('after.legend')}</legend>
            {PREDICTION.values.map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name={`${id}-after`}
                  value={value}
                  checked={answer.after === value}
                  onChange={() => setAnswer(exercise.id, { after: value })}
                />
                {exercise.choices[value]}
              </label>
            ))}
          </fieldset>
          <label className="stacked">
            {t('explain.label')}
            <textarea
              rows={3}
              maxLength={LIMITS.explanation}
              value={answer.explanation ?? ''}
              onChange={(e) => setAnswer(exercise.id, { explanation: e.target.value })}
            />
          </label>
        </>
      )}
      {exercise.teacher && (
        <details className="teacher-notes">
          <summary>{t('teacher.summary')}</summary>
          {exercise.teacher.key && (
            <p>
              <strong>{t('teacher.key')}</strong> {exercise.teacher.key}
            </p>
          )}
          {exercise.teacher.notes && (
            <p>
              <ContestedText>{exercise.teacher.notes}</ContestedText>
            </p>
          )}
          {exercise.teacher.prompts.length > 0 && (
            <ul>
              {exercise.teacher.prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </article>
  )
}

/** A built-in exercise as a card shows it: its preset applied at the reveal, in place of another's. */
function BuiltinExercise({ exercise }: { exercise: Exercise }) {
  const preset = useExplorerStore((s) => s.presets.find((p) => p.id === exercise.preset))
  const dt = useDataText()
  const w = useWords()
  if (!preset) return null
  const text = (field: string, english: string) =>
    dt('data.exercises', `${exercise.preset}.${field}`, english)
  const view: ExerciseView = {
    id: preset.id,
    title: dt('data.presets', `${preset.id}.title`, preset.title),
    question: text('question', exercise.question),
    watch: exercise.watch,
    choices: w.PREDICTION_LABEL,
    // Revealing shows this exercise's counterfactual alone: another exercise's preset gives way
    // instead of stacking on it (the student's own changes stay).
    reveal: () =>
      useExplorerStore.getState().switchPreset(
        preset.id,
        EXERCISES.map((e) => e.preset),
      ),
    teacher: {
      notes: text('context', exercise.context),
      prompts: exercise.prompts.map((p, i) => text(`prompts.${i}`, p)),
    },
  }
  return <ExerciseCard exercise={view} />
}

/** Predict, observe, explain: one card per preset, answers kept with the work. */
export function ExercisePanel() {
  const id = useId()
  const presets = useExplorerStore((s) => s.presets)
  const t = useT(exerciseWords)
  const exercises = EXERCISES.filter((e) => presets.some((p) => p.id === e.preset))
  if (exercises.length === 0) return null
  return (
    <section className="panel exercises" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">{t('hint')}</p>
      <div className="exercise-list">
        {exercises.map((e) => (
          <BuiltinExercise key={e.preset} exercise={e} />
        ))}
      </div>
    </section>
  )
}
