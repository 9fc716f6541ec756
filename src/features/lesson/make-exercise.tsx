import { useId, useMemo, useState } from 'react'
import { scenarioToChanges } from '@/model/changes'
import { DEFAULT_CHOICES } from '@/model/lesson'
import { LIMITS } from '@/model/limits'
import { PREDICTION, type Prediction } from '@/model/vocabulary'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectMovedRuns, selectScenarioDescription } from '@/store/selectors'
import './lesson.css'

const CHOICE_WORDS: Readonly<Record<Prediction, string>> = {
  yes: 'Choice for “an alliance”',
  no: 'Choice for “no alliance”',
  unsure: 'Choice for “not sure”',
}

/**
 * "Make an exercise": the scenario on screen becomes a predict-then-reveal exercise in the
 * teacher's lesson. The form starts from what the scenario moves; the teacher words the question,
 * the choices, what the reveal says and notes only the teacher sees.
 */
export function MakeExercise() {
  const id = useId()
  const scenario = useExplorerStore((s) => s.scenario)
  const base = useExplorerStore((s) => s.base)
  const labels = useExplorerStore(selectLabels)
  const description = useExplorerStore(selectScenarioDescription)
  const steps = useExplorerStore((s) => s.lesson?.plan.steps.length ?? 0)
  const addExercise = useExplorerStore((s) => s.addExercise)
  const changes = useMemo(() => scenarioToChanges(scenario), [scenario])
  const moved = useExplorerStore(selectMovedRuns)
  const [draft, setDraft] = useState<{
    title: string
    question: string
    dyad: string
    from: string
    to: string
    choices: Record<Prediction, string>
    explanation: string
    notes: string
  } | null>(null)
  const [added, setAdded] = useState('')

  /** The years the scenario moves the pair's prediction, else all years. */
  const watchOf = (dyad: string) => {
    const runs = moved[base.dyadIndex.get(dyad) ?? -1] ?? []
    return runs.length > 0
      ? { dyad, from: runs[0]![0], to: runs[runs.length - 1]![1] }
      : { dyad, from: base.firstYear, to: base.lastYear }
  }
  const questionOf = (w: { dyad: string; from: number; to: number }) =>
    `Under this scenario, does the model predict an alliance for ${labels.dyadIn(w.dyad, w.from, w.to)} in ${w.from}–${w.to}?`

  const start = () => {
    // The first pair the scenario moves, else the first pair.
    const watch = watchOf(
      base.dyads[
        Math.max(
          0,
          moved.findIndex((runs) => runs.length > 0),
        )
      ]!.id,
    )
    setDraft({
      title: description ? clipLine(description) : `Exercise ${steps + 1}`,
      question: questionOf(watch),
      dyad: watch.dyad,
      from: String(watch.from),
      to: String(watch.to),
      choices: { ...DEFAULT_CHOICES },
      explanation: '',
      notes: '',
    })
    setAdded('')
  }

  const tooMany = changes.length > LIMITS.exerciseChanges
  const full = steps >= LIMITS.lessonSteps
  const years = (text: string) => {
    const n = Number(text)
    return Number.isInteger(n) && n >= base.firstYear && n <= base.lastYear ? n : null
  }
  const from = draft ? years(draft.from) : null
  const to = draft ? years(draft.to) : null
  const problem = !draft
    ? ''
    : !draft.question.trim()
      ? 'Write the question first.'
      : from === null || to === null
        ? `The years must be whole years from ${base.firstYear} to ${base.lastYear}.`
        : from > to
          ? 'The years end before they start.'
          : ''

  const add = () => {
    if (!draft || problem || from === null || to === null) return
    const ok = addExercise({
      title: draft.title,
      question: draft.question,
      watch: { dyad: draft.dyad, from, to },
      changes,
      choices: draft.choices,
      explanation: draft.explanation,
      ...(draft.notes.trim() ? { notes: draft.notes } : {}),
    })
    if (ok) {
      setAdded(`Added “${draft.title}” to your lesson. It is at the top of this page.`)
      setDraft(null)
    }
  }

  const set = (patch: Partial<NonNullable<typeof draft>>) =>
    setDraft((d) => d && { ...d, ...patch })

  return (
    <section className="make-exercise" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Make an exercise from this screen</h2>
      {!draft ? (
        <>
          <p className="hint">
            For teachers: the changes on screen become a question your students predict before the
            model reveals its answer. Exercises and coding items make a lesson you hand out as a
            link.
          </p>
          {changes.length === 0 ? (
            <p className="hint">
              Change history first (a preset or the editor): then make the exercise.
            </p>
          ) : tooMany ? (
            <p className="hint">
              This scenario has {changes.length} changes; an exercise holds at most{' '}
              {LIMITS.exerciseChanges}. Make a smaller scenario first.
            </p>
          ) : full ? (
            <p className="hint">
              Your lesson has {LIMITS.lessonSteps} steps, as many as a lesson holds.
            </p>
          ) : (
            <button type="button" onClick={start}>
              Make an exercise
            </button>
          )}
          <p role="status" className="hint">
            {added}
          </p>
        </>
      ) : (
        <form
          className="make-exercise-form"
          onSubmit={(e) => {
            e.preventDefault()
            add()
          }}
        >
          <p className="hint">
            It applies the {changes.length} {changes.length === 1 ? 'change' : 'changes'} on screen
            when a student reveals the answer; the model computes the answer, so no key travels with
            the student link.
          </p>
          <label className="stacked">
            Title
            <input
              type="text"
              maxLength={LIMITS.lessonTitle}
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </label>
          <label className="stacked">
            Question
            <textarea
              rows={2}
              maxLength={LIMITS.question}
              value={draft.question}
              onChange={(e) => set({ question: e.target.value })}
            />
          </label>
          <div className="make-exercise-watch">
            <label className="stacked">
              Pair
              <select
                value={draft.dyad}
                onChange={(e) => {
                  // The years and the question follow the pair, unless the teacher reworded it.
                  const w = watchOf(e.target.value)
                  const own = draft.question !== questionOf(watchOf(draft.dyad))
                  set({
                    dyad: w.dyad,
                    from: String(w.from),
                    to: String(w.to),
                    ...(own ? {} : { question: questionOf(w) }),
                  })
                }}
              >
                {base.dyads.map((d) => (
                  <option key={d.id} value={d.id}>
                    {labels.dyad(d.id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="stacked">
              From
              <input
                type="number"
                inputMode="numeric"
                min={base.firstYear}
                max={base.lastYear}
                value={draft.from}
                onChange={(e) => set({ from: e.target.value })}
              />
            </label>
            <label className="stacked">
              To
              <input
                type="number"
                inputMode="numeric"
                min={base.firstYear}
                max={base.lastYear}
                value={draft.to}
                onChange={(e) => set({ to: e.target.value })}
              />
            </label>
          </div>
          <fieldset className="make-exercise-choices">
            <legend>The three choices, in your words</legend>
            {PREDICTION.values.map((p) => (
              <label key={p} className="stacked">
                {CHOICE_WORDS[p]}
                <input
                  type="text"
                  maxLength={LIMITS.choice}
                  value={draft.choices[p]}
                  onChange={(e) => set({ choices: { ...draft.choices, [p]: e.target.value } })}
                />
              </label>
            ))}
          </fieldset>
          <label className="stacked">
            Explanation shown with the answer
            <textarea
              rows={3}
              maxLength={LIMITS.explanation}
              value={draft.explanation}
              onChange={(e) => set({ explanation: e.target.value })}
            />
          </label>
          <label className="stacked">
            Teacher notes (never in the student link)
            <textarea
              rows={3}
              maxLength={LIMITS.notes}
              value={draft.notes}
              onChange={(e) => set({ notes: e.target.value })}
            />
          </label>
          {problem && (
            <p className="hint" id={`${id}-problem`}>
              {problem}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              disabled={Boolean(problem)}
              aria-describedby={problem ? `${id}-problem` : undefined}
            >
              Add to the lesson
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

/** A description cut to a title's length at a word. */
function clipLine(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim()
  if (one.length <= 80) return one
  const cut = one.slice(0, 79)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`
}
