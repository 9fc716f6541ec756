import { useId } from 'react'
import { EXERCISES, type Exercise } from '@/data/exercises'
import { useExplorerStore, type ExerciseAnswer } from '@/store/explorer-store'
import { selectBaseline, selectEvaluation, selectLabels } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns, PREDICTION_LABEL } from '@/ui/words'
import { PREDICTION } from '@/model/vocabulary'
import { LIMITS } from '@/model/limits'
import './exercises.css'

const PREDICTIONS = PREDICTION.values.map((value) => ({ value, label: PREDICTION_LABEL[value] }))

/**
 * What the model says about the exercise's pair and years, in a sentence; where the scenario moved
 * the prediction, the baseline's (the model on history) stands beside it.
 */
export function useExerciseResult(ex: Exercise): { text: string; allied: boolean } | null {
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

function ExerciseCard({ exercise }: { exercise: Exercise }) {
  const id = useId()
  const preset = useExplorerStore((s) => s.presets.find((p) => p.id === exercise.preset))
  const answer: ExerciseAnswer = useExplorerStore((s) => s.answers[exercise.preset]) ?? {}
  const setAnswer = useExplorerStore((s) => s.answer)
  const result = useExerciseResult(exercise)
  if (!preset) return null

  // Revealing shows this exercise's counterfactual alone: another exercise's preset gives way
  // instead of stacking on it (the student's own changes stay).
  const reveal = () => {
    const s = useExplorerStore.getState()
    s.switchPreset(
      preset.id,
      EXERCISES.map((e) => e.preset),
    )
    setAnswer(preset.id, { revealed: true })
  }
  const agrees =
    answer.prediction === 'unsure' || !result
      ? ''
      : (answer.prediction === 'yes') === result.allied
        ? ' It matches your prediction.'
        : ' It differs from your prediction.'

  return (
    <article className="exercise" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{preset.title}</h3>
      <p className="question">{exercise.question}</p>
      <fieldset disabled={answer.revealed}>
        <legend>1. Your prediction, before you look</legend>
        {PREDICTIONS.map((p) => (
          <label key={p.value} className="radio">
            <input
              type="radio"
              name={`${id}-prediction`}
              value={p.value}
              checked={answer.prediction === p.value}
              onChange={() => setAnswer(preset.id, { prediction: p.value })}
            />
            {p.label}
          </label>
        ))}
        <label className="stacked">
          Why do you think so?
          <input
            type="text"
            maxLength={LIMITS.reason}
            value={answer.reason ?? ''}
            onChange={(e) => setAnswer(preset.id, { reason: e.target.value })}
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
          <fieldset>
            <legend>3. Now, what do you think?</legend>
            {PREDICTIONS.map((p) => (
              <label key={p.value} className="radio">
                <input
                  type="radio"
                  name={`${id}-after`}
                  value={p.value}
                  checked={answer.after === p.value}
                  onChange={() => setAnswer(preset.id, { after: p.value })}
                />
                {p.label}
              </label>
            ))}
          </fieldset>
          <label className="stacked">
            4. Explain what you see
            <textarea
              rows={3}
              maxLength={LIMITS.explanation}
              value={answer.explanation ?? ''}
              onChange={(e) => setAnswer(preset.id, { explanation: e.target.value })}
            />
          </label>
        </>
      )}
      <details className="teacher-notes">
        <summary>Teacher notes</summary>
        <p>{exercise.context}</p>
        <ul>
          {exercise.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
    </article>
  )
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
          <ExerciseCard key={e.preset} exercise={e} />
        ))}
      </div>
    </section>
  )
}
