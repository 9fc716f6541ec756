import { useId, useMemo, useState } from 'react'
import { copyText } from '@/lib/clipboard'
import { CODING_ITEMS } from '@/data/coding-items'
import { ClassResults } from '@/features/class-results/class-results'
import type { ClassLesson } from '@/features/class-results/class-lesson'
import { CodingCard } from '@/features/coding/coding-panel'
import { HandIn } from '@/features/coding/hand-in'
import { EmbedCode } from '@/features/share/embed-code'
import { ShowQrButton } from '@/features/share/qr-dialog'
import { ExerciseCard, type ExerciseView } from '@/features/exercises/exercise-panel'
import { downloadBlob } from '@/lib/download'
import { changesToScenario } from '@/model/changes'
import { evaluate } from '@/model/evaluate'
import {
  exercisesOf,
  isExerciseStep,
  itemsOf,
  moveStep,
  removeStep,
  studentCopy,
  type LessonExercise,
  type LessonPlan,
  type LessonRole,
} from '@/model/lesson'
import { LIMITS } from '@/model/limits'
import { answerLessonOf } from '@/share/lesson-answers'
import { MAX_LESSON_LINK_CHARS, writeLessonLink } from '@/share/lesson-link'
import { writeScenarioFile } from '@/share/scenario-write'
import { defaultView } from '@/share/session'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { formatRuns } from '@/ui/words'
import './lesson.css'

/** The page's address with a fragment: what a link or a QR code hands out. */
export const urlWith = (fragment: string) =>
  `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`

/** The model's answer to an exercise, worked out without applying it: the teacher's key. */
function useKey(ex: LessonExercise): string {
  const base = useExplorerStore((s) => s.library)
  const settings = useExplorerStore((s) => s.settings)
  const labels = useExplorerStore(selectLabels)
  return useMemo(() => {
    const index = base.dyadIndex.get(ex.watch.dyad)
    if (index === undefined) return ''
    const e = evaluate(base, changesToScenario(base, ex.changes), settings)
    const runs = runsOf(e.dyads[index]!.predicted, base.firstYear, ex.watch.from, ex.watch.to)
    const pair = labels.dyadIn(ex.watch.dyad, ex.watch.from, ex.watch.to)
    return runs.length > 0
      ? `under the current settings the model predicts an alliance for ${pair} in ${formatRuns(runs)} (so "${ex.choices.yes}").`
      : `under the current settings the model predicts no alliance for ${pair} in ${ex.watch.from}–${ex.watch.to} (so "${ex.choices.no}").`
  }, [base, settings, labels, ex])
}

function LessonExerciseCard({
  exercise,
  n,
  plan,
  role,
}: {
  exercise: LessonExercise
  n: number
  plan: LessonPlan
  role: LessonRole
}) {
  const key = useKey(exercise)
  const view: ExerciseView = {
    id: exercise.id,
    title: `${n}. ${exercise.title}`,
    question: exercise.question,
    watch: exercise.watch,
    choices: exercise.choices,
    explanation: exercise.explanation,
    // This exercise's counterfactual in place of another exercise's; the student's own changes stay.
    reveal: () =>
      useExplorerStore.getState().switchPreset(
        exercise.id,
        exercisesOf(plan).map((e) => e.id),
      ),
    teacher: role === 'teacher' ? { notes: exercise.notes ?? '', prompts: [], key } : null,
  }
  return <ExerciseCard exercise={view} />
}

/** A text box holding a link, with a button that copies it. */
function LinkBox({
  label,
  url,
  hint,
  embed = false,
}: {
  label: string
  url: string
  hint: string
  /** Offer the iframe code for a learning platform too. */
  embed?: boolean
}) {
  const id = useId()
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    if (await copyText(url)) setCopied(true)
    // No clipboard here: the box is selected, to copy by hand.
    else document.getElementById(id)?.focus()
  }
  return (
    <div className="link-box">
      <label htmlFor={id}>{label}</label>
      <p className="hint">{hint}</p>
      <div className="button-row">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>
        <ShowQrButton
          url={url}
          label={`Show QR for the ${label.toLowerCase()}`}
          what={`the ${label.toLowerCase()}`}
        />
        <span role="status">{copied ? 'Copied.' : ''}</span>
      </div>
      {embed && (
        <details className="lesson-embed">
          <summary>Embed in a learning platform</summary>
          <EmbedCode url={url} />
        </details>
      )}
    </div>
  )
}

/** The lesson as a file: a scenario file on history with the lesson in it, for the role. */
function saveLessonFile(plan: LessonPlan, role: LessonRole) {
  const { library: base, settings, userCases } = useExplorerStore.getState()
  const text = writeScenarioFile(
    { scenario: EMPTY_SCENARIO, settings, view: defaultView(base) },
    [],
    { lesson: { plan: role === 'student' ? studentCopy(plan) : plan, role }, cases: userCases },
  )
  const slug =
    plan.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'lesson'
  downloadBlob(
    new Blob([text], { type: 'application/json' }),
    `alliance-explorer_lesson_${slug.slice(0, 40)}${role === 'teacher' ? '_teacher' : ''}.json`,
  )
}

/** How the teacher hands the lesson out: two links, or files when the lesson is too long. */
function HandOut({ plan }: { plan: LessonPlan }) {
  const id = useId()
  const cases = useExplorerStore((s) => s.userCases)
  const student = urlWith(writeLessonLink(plan, 'student', cases))
  const teacher = urlWith(writeLessonLink(plan, 'teacher', cases))
  const tooLong = student.length > MAX_LESSON_LINK_CHARS || teacher.length > MAX_LESSON_LINK_CHARS
  return (
    <section className="hand-out" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Hand out the lesson</h3>
      {tooLong ? (
        <p className="hint" role="status">
          This lesson is too long for a link ({Math.max(student.length, teacher.length)} characters;
          a link holds up to {MAX_LESSON_LINK_CHARS}). Save it as a file and share the file:
          students open it with &ldquo;Open scenario&rdquo;.
        </p>
      ) : (
        <>
          <LinkBox
            label="Student link"
            url={student}
            hint="For the class: the steps and the questions, without your notes or any key."
            embed
          />
          <LinkBox
            label="Teacher link"
            url={teacher}
            hint="Keep it for yourself: it opens your notes, the key and Class results for this lesson."
          />
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={() => saveLessonFile(plan, 'student')}>
          Save the student file
        </button>
        <button type="button" onClick={() => saveLessonFile(plan, 'teacher')}>
          Save the teacher file
        </button>
      </div>
    </section>
  )
}

/** The teacher's controls over one step: move it, or take it out. */
function StepTools({ index, count, name }: { index: number; count: number; name: string }) {
  const edit = useExplorerStore((s) => s.editLesson)
  return (
    <div className="step-tools" role="group" aria-label={`Step ${index + 1}: ${name}`}>
      <button
        type="button"
        disabled={index === 0}
        onClick={() => edit((p) => moveStep(p, index, -1))}
      >
        Move up
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        onClick={() => edit((p) => moveStep(p, index, 1))}
      >
        Move down
      </button>
      <button type="button" onClick={() => edit((p) => removeStep(p, index))}>
        Remove
      </button>
    </div>
  )
}

/** The teacher adds one of the disputed cases as a coding step. */
function AddItem({ plan }: { plan: LessonPlan }) {
  const id = useId()
  const edit = useExplorerStore((s) => s.editLesson)
  const left = CODING_ITEMS.filter(
    (item) => !plan.steps.some((s) => 'item' in s && s.item === item.id),
  )
  const [choice, setChoice] = useState('')
  const chosen = left.find((i) => i.id === choice) ?? left[0]
  if (!chosen) return null
  const full = plan.steps.length >= LIMITS.lessonSteps
  return (
    <div className="button-row add-item">
      <label htmlFor={id}>Add a disputed case to code</label>
      <select id={id} value={chosen.id} onChange={(e) => setChoice(e.target.value)}>
        {left.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={full}
        onClick={() => edit((p) => ({ ...p, steps: [...p.steps, { item: chosen.id }] }))}
      >
        Add the case
      </button>
    </div>
  )
}

/**
 * The lesson open on this page, its steps in order: predict-then-reveal exercises and disputed
 * cases to code, then "Hand in". The teacher also edits it, hands it out and sees the notes and
 * the key; a student sees none of those, and the page holds none of them.
 */
export function LessonPanel() {
  const id = useId()
  const lesson = useExplorerStore((s) => s.lesson)
  const edit = useExplorerStore((s) => s.editLesson)
  const open = useExplorerStore((s) => s.openLesson)
  const notify = useExplorerStore((s) => s.notify)
  const [folded, setFolded] = useState(false)
  // What handing in and class results need of the lesson: its cases and exercises, in order.
  const classLesson = useMemo((): ClassLesson | null => {
    if (!lesson) return null
    return {
      code: answerLessonOf(lesson.plan),
      items: itemsOf(lesson.plan, CODING_ITEMS),
      exercises: exercisesOf(lesson.plan).map((e) => ({ id: e.id, name: e.title })),
    }
  }, [lesson])
  if (!lesson || !classLesson) return null
  const { plan, role } = lesson
  const teacher = role === 'teacher'
  const items = new Map(CODING_ITEMS.map((item) => [item.id, item]))
  return (
    <section className="panel lesson" aria-labelledby={`${id}-heading`}>
      <div className="lesson-head">
        <h2 id={`${id}-heading`}>Lesson: {plan.title}</h2>
        <span className="lesson-role">{teacher ? 'Teacher view' : 'Student view'}</span>
        <button type="button" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          {folded ? 'Show the lesson' : 'Fold the lesson away'}
        </button>
      </div>
      {!folded && (
        <>
          {teacher ? (
            <>
              <p className="hint">
                Your lesson, step by step. Students get the steps without your notes or any key; add
                exercises with &ldquo;Make an exercise&rdquo; in the side column, and cases here.
              </p>
              <label className="stacked lesson-title">
                Lesson title
                <input
                  type="text"
                  maxLength={LIMITS.lessonTitle}
                  value={plan.title}
                  onChange={(e) => edit((p) => ({ ...p, title: e.target.value }))}
                />
              </label>
              <AddItem plan={plan} />
            </>
          ) : (
            <p className="hint">
              Work through the steps in order: predict before you reveal, code each case with a
              reason, then hand in your answer code.
            </p>
          )}
          {plan.steps.length === 0 ? (
            <p className="hint">No steps yet.</p>
          ) : (
            <ol className="lesson-steps" aria-label="Lesson steps">
              {plan.steps.map((step, k) => {
                const name = isExerciseStep(step)
                  ? step.exercise.title
                  : (items.get(step.item)?.title ?? step.item)
                const item = isExerciseStep(step) ? undefined : items.get(step.item)
                return (
                  <li key={isExerciseStep(step) ? step.exercise.id : `item:${step.item}`}>
                    {teacher && <StepTools index={k} count={plan.steps.length} name={name} />}
                    {isExerciseStep(step) ? (
                      <LessonExerciseCard
                        exercise={step.exercise}
                        n={k + 1}
                        plan={plan}
                        role={role}
                      />
                    ) : item ? (
                      <CodingCard item={item} n={k + 1} />
                    ) : null}
                  </li>
                )
              })}
            </ol>
          )}
          <HandIn lesson={classLesson.code} />
          {teacher && <HandOut plan={plan} />}
          {teacher && <ClassResults lesson={classLesson} />}
        </>
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            open(null)
            notify({
              kind: 'info',
              text: `Closed the lesson "${plan.title}".`,
              action: { label: 'Reopen it', run: () => open(lesson) },
            })
          }}
        >
          Close the lesson
        </button>
      </div>
    </section>
  )
}
