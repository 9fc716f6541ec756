import { useId, useMemo, useState } from 'react'
import { scenarioToChanges } from '@/model/changes'
import { LIMITS } from '@/model/limits'
import { PREDICTION, type Prediction } from '@/model/vocabulary'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectMovedRuns, selectScenarioDescription } from '@/store/selectors'
import { useT } from '@/i18n/react'
import { makeExerciseWords } from './make-exercise.en'
import './lesson.css'

/**
 * "Make an exercise": the scenario on screen becomes a predict-then-reveal exercise in the
 * teacher's lesson. The form starts from what the scenario moves; the teacher words the question,
 * the choices, what the reveal says and notes only the teacher sees.
 */
export function MakeExercise() {
  const id = useId()
  const t = useT(makeExerciseWords)
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
  // The title of the exercise just added, for the status line.
  const [added, setAdded] = useState<string | null>(null)

  /** The years the scenario moves the pair's prediction, else all years. */
  const watchOf = (dyad: string) => {
    const runs = moved[base.dyadIndex.get(dyad) ?? -1] ?? []
    return runs.length > 0
      ? { dyad, from: runs[0]![0], to: runs[runs.length - 1]![1] }
      : { dyad, from: base.firstYear, to: base.lastYear }
  }
  const questionOf = (w: { dyad: string; from: number; to: number }) =>
    t('question', {
      pair: labels.dyadIn(w.dyad, w.from, w.to),
      from: String(w.from),
      to: String(w.to),
    })

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
      title: description ? clipLine(description) : t('default-title', { n: steps + 1 }),
      question: questionOf(watch),
      dyad: watch.dyad,
      from: String(watch.from),
      to: String(watch.to),
      // The choices' words in the teacher's language (in English, the model's DEFAULT_CHOICES).
      choices: { yes: t('default.yes'), no: t('default.no'), unsure: t('default.unsure') },
      explanation: '',
      notes: '',
    })
    setAdded(null)
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
      ? t('problem.question')
      : from === null || to === null
        ? t('problem.years', { first: String(base.firstYear), last: String(base.lastYear) })
        : from > to
          ? t('problem.order')
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
      setAdded(draft.title)
      setDraft(null)
    }
  }

  const set = (patch: Partial<NonNullable<typeof draft>>) =>
    setDraft((d) => d && { ...d, ...patch })

  return (
    <section className="make-exercise" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {!draft ? (
        <>
          <p className="hint">{t('intro')}</p>
          {changes.length === 0 ? (
            <p className="hint">{t('no-changes')}</p>
          ) : tooMany ? (
            <p className="hint">
              {t('too-many', { n: String(changes.length), max: String(LIMITS.exerciseChanges) })}
            </p>
          ) : full ? (
            <p className="hint">{t('full', { n: LIMITS.lessonSteps })}</p>
          ) : (
            <button type="button" onClick={start}>
              {t('start')}
            </button>
          )}
          <p role="status" className="hint">
            {added === null ? '' : t('added', { title: added })}
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
          <p className="hint">{t('applies', { n: changes.length })}</p>
          <label className="stacked">
            {t('field.title')}
            <input
              type="text"
              maxLength={LIMITS.lessonTitle}
              value={draft.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </label>
          <label className="stacked">
            {t('field.question')}
            <textarea
              rows={2}
              maxLength={LIMITS.question}
              value={draft.question}
              onChange={(e) => set({ question: e.target.value })}
            />
          </label>
          <div className="make-exercise-watch">
            <label className="stacked">
              {t('field.pair')}
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
              {t('field.from')}
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
              {t('field.to')}
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
            <legend>{t('choices')}</legend>
            {PREDICTION.values.map((p) => (
              <label key={p} className="stacked">
                {t(`choice.${p}`)}
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
            {t('explanation')}
            <textarea
              rows={3}
              maxLength={LIMITS.explanation}
              value={draft.explanation}
              onChange={(e) => set({ explanation: e.target.value })}
            />
          </label>
          <label className="stacked">
            {t('notes')}
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
              {t('add')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('cancel')}
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
