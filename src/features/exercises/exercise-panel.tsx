import { useId } from 'react'
import { EXERCISES, type Exercise } from '@/data/exercises'
import { useExplorerStore, type ExerciseAnswer } from '@/store/explorer-store'
import { selectBaseline, selectEvaluation, selectLabels } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns, PREDICTION_LABEL } from '@/ui/words'
import { PREDICTION, type Prediction } from '@/model/vocabulary'
import { LIMITS } from '@/model/limits'
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
  const index = evaluation.compiled.dyadIndex.get(ex.watch.dyad)
  if (index === undefined) return null
  const d = evaluation.dyads[index]!
  const first = evaluation.compiled.firstYear
  const predicted = runsOf(d.predicted, first, ex.watch.from, ex.watch.to)
  const before = runsOf(baseline.dyads[index]!.predicted, first, ex.watch.from, ex.watch.to)
  const history = runsOf(d.history, first, ex.watch.from, ex.watch.to)
  const pair = labels.dyadIn(ex.watch.dyad, ex.watch.from, ex.watch.to)
  const span = `${ex.watch.from}–${ex.watch.to}`
  const model =
    predicted.length > 0
      ? `The model predicts an alliance for ${pair} in ${formatRuns(predicted)}`
      : `The model predicts no alliance for ${pair} in ${span}`
  const beside =
    formatRuns(before) === formatRuns(predicted)
      ? ''
      : `, baseline ${before.length > 0 ? formatRuns(before) : 'none'}`
  const hist =
    history.length > 0
      ? `history has one in ${formatRuns(history)}`
      : 'history has none in those years'
  return { text: `${model}${beside}; ${hist}.`, allied: predicted.length > 0 }
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

  const reveal = () => {
    exercise.reveal()
    setAnswer(exercise.id, { revealed: true })
  }
  const agrees =
    answer.prediction === 'unsure' || !result
      ? ''
      : (answer.prediction === 'yes') === result.allied
        ? ' It matches your prediction.'
        : ' It differs from your prediction.'

  return (
    <article className="exercise" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{exercise.title}</h3>
      <p className="question">{exercise.question}</p>
      <fieldset disabled={answer.revealed}>
        <legend>1. Your prediction, before you look</legend>
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
          Why do you think so?
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
            2. Reveal the model&apos;s answer
          </button>
          {!answer.prediction && (
            <p id={`${id}-why`} className="hint">
              Pick a prediction first.
            </p>
          )}
        </>
      ) : (
        <>
          <p className="result" role="status">
            <strong>2. The model&apos;s answer:</strong> {result?.text}
            {agrees}
          </p>
          {exercise.explanation && <p className="explanation">{exercise.explanation}</p>}
          <fieldset>
            <legend>3. Now, what do you think?</legend>
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
            4. Explain what you see
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
          <summary>Teacher notes</summary>
          {exercise.teacher.key && (
            <p>
              <strong>Key:</strong> {exercise.teacher.key}
            </p>
          )}
          {exercise.teacher.notes && <p>{exercise.teacher.notes}</p>}
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
  if (!preset) return null
  const view: ExerciseView = {
    id: preset.id,
    title: preset.title,
    question: exercise.question,
    watch: exercise.watch,
    choices: PREDICTION_LABEL,
    // Revealing shows this exercise's counterfactual alone: another exercise's preset gives way
    // instead of stacking on it (the student's own changes stay).
    reveal: () =>
      useExplorerStore.getState().switchPreset(
        preset.id,
        EXERCISES.map((e) => e.preset),
      ),
    teacher: { notes: exercise.context, prompts: exercise.prompts },
  }
  return <ExerciseCard exercise={view} />
}

/** Predict, observe, explain: one card per preset, answers kept with the work. */
export function ExercisePanel() {
  const id = useId()
  const presets = useExplorerStore((s) => s.presets)
  const exercises = EXERCISES.filter((e) => presets.some((p) => p.id === e.preset))
  if (exercises.length === 0) return null
  return (
    <section className="panel exercises" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Exercises: predict, then look</h2>
      <p className="hint">
        Commit to a prediction first; revealing applies the counterfactual. Answers stay in this
        browser, in saved scenario files and on the printed handout.
      </p>
      <div className="exercise-list">
        {exercises.map((e) => (
          <BuiltinExercise key={e.preset} exercise={e} />
        ))}
      </div>
    </section>
  )
}
