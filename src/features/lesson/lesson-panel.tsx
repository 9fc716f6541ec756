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
import { useWords } from '@/ui/words'
import { useDataText, useT } from '@/i18n/react'
import { lessonPanelWords } from './lesson-panel.en'
import './lesson.css'

/** The page's address with a fragment: what a link or a QR code hands out. */
export const urlWith = (fragment: string) =>
  `${window.location.origin}${window.location.pathname}${window.location.search}#${fragment}`

/** The model's answer to an exercise, worked out without applying it: the teacher's key. */
function useKey(ex: LessonExercise): string {
  const base = useExplorerStore((s) => s.library)
  const settings = useExplorerStore((s) => s.settings)
  const labels = useExplorerStore(selectLabels)
  const t = useT(lessonPanelWords)
  const w = useWords()
  return useMemo(() => {
    const index = base.dyadIndex.get(ex.watch.dyad)
    if (index === undefined) return ''
    const e = evaluate(base, changesToScenario(base, ex.changes), settings)
    const runs = runsOf(e.dyads[index]!.predicted, base.firstYear, ex.watch.from, ex.watch.to)
    const pair = labels.dyadIn(ex.watch.dyad, ex.watch.from, ex.watch.to)
    return runs.length > 0
      ? t('key.allied', { pair, years: w.formatRuns(runs), choice: ex.choices.yes })
      : t('key.none', {
          pair,
          from: String(ex.watch.from),
          to: String(ex.watch.to),
          choice: ex.choices.no,
        })
  }, [base, settings, labels, ex, t, w])
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
  const t = useT(lessonPanelWords)
  // The exercise's words are the teacher's own: they stay as written.
  const view: ExerciseView = {
    id: exercise.id,
    title: t('exercise-title', { n, title: exercise.title }),
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
  who,
  url,
  embed = false,
}: {
  /** Whose link it is: its label, hint and buttons say so. */
  who: 'student' | 'teacher'
  url: string
  /** Offer the iframe code for a learning platform too. */
  embed?: boolean
}) {
  const id = useId()
  const t = useT(lessonPanelWords)
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    if (await copyText(url)) setCopied(true)
    // No clipboard here: the box is selected, to copy by hand.
    else document.getElementById(id)?.focus()
  }
  return (
    <div className="link-box">
      <label htmlFor={id}>{t(`${who}.label`)}</label>
      <p className="hint">{t(`${who}.hint`)}</p>
      <div className="button-row">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          {t(`${who}.copy`)}
        </button>
        <ShowQrButton url={url} label={t(`${who}.qr`)} what={t(`${who}.what`)} />
        <span role="status">{copied ? t('copied') : ''}</span>
      </div>
      {embed && (
        <details className="lesson-embed">
          <summary>{t('embed')}</summary>
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
  const t = useT(lessonPanelWords)
  const cases = useExplorerStore((s) => s.userCases)
  const student = urlWith(writeLessonLink(plan, 'student', cases))
  const teacher = urlWith(writeLessonLink(plan, 'teacher', cases))
  const tooLong = student.length > MAX_LESSON_LINK_CHARS || teacher.length > MAX_LESSON_LINK_CHARS
  return (
    <section className="hand-out" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('hand-out')}</h3>
      {tooLong ? (
        <p className="hint" role="status">
          {t('too-long', {
            length: String(Math.max(student.length, teacher.length)),
            max: String(MAX_LESSON_LINK_CHARS),
          })}
        </p>
      ) : (
        <>
          <LinkBox who="student" url={student} embed />
          <LinkBox who="teacher" url={teacher} />
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={() => saveLessonFile(plan, 'student')}>
          {t('save.student')}
        </button>
        <button type="button" onClick={() => saveLessonFile(plan, 'teacher')}>
          {t('save.teacher')}
        </button>
      </div>
    </section>
  )
}

/** The teacher's controls over one step: move it, or take it out. */
function StepTools({ index, count, name }: { index: number; count: number; name: string }) {
  const edit = useExplorerStore((s) => s.editLesson)
  const t = useT(lessonPanelWords)
  return (
    <div className="step-tools" role="group" aria-label={t('step.tools', { n: index + 1, name })}>
      <button
        type="button"
        disabled={index === 0}
        onClick={() => edit((p) => moveStep(p, index, -1))}
      >
        {t('move-up')}
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        onClick={() => edit((p) => moveStep(p, index, 1))}
      >
        {t('move-down')}
      </button>
      <button type="button" onClick={() => edit((p) => removeStep(p, index))}>
        {t('remove')}
      </button>
    </div>
  )
}

/** The teacher adds one of the disputed cases as a coding step. */
function AddItem({ plan }: { plan: LessonPlan }) {
  const id = useId()
  const t = useT(lessonPanelWords)
  const dt = useDataText()
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
      <label htmlFor={id}>{t('add.label')}</label>
      <select id={id} value={chosen.id} onChange={(e) => setChoice(e.target.value)}>
        {left.map((item) => (
          <option key={item.id} value={item.id}>
            {dt('data.coding-items', `${item.id}.title`, item.title)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={full}
        onClick={() => edit((p) => ({ ...p, steps: [...p.steps, { item: chosen.id }] }))}
      >
        {t('add.button')}
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
  const t = useT(lessonPanelWords)
  const dt = useDataText()
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
        <h2 id={`${id}-heading`}>{t('heading', { title: plan.title })}</h2>
        <span className="lesson-role">{teacher ? t('role.teacher') : t('role.student')}</span>
        <button type="button" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          {folded ? t('unfold') : t('fold')}
        </button>
      </div>
      {!folded && (
        <>
          {teacher ? (
            <>
              <p className="hint">{t('teacher.intro')}</p>
              <label className="stacked lesson-title">
                {t('title')}
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
            <p className="hint">{t('student.intro')}</p>
          )}
          {plan.steps.length === 0 ? (
            <p className="hint">{t('empty')}</p>
          ) : (
            <ol className="lesson-steps" aria-label={t('steps')}>
              {plan.steps.map((step, k) => {
                const item = isExerciseStep(step) ? undefined : items.get(step.item)
                const name = isExerciseStep(step)
                  ? step.exercise.title
                  : item
                    ? dt('data.coding-items', `${item.id}.title`, item.title)
                    : step.item
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
              text: t('closed', { title: plan.title }),
              action: { label: t('reopen'), run: () => open(lesson) },
            })
          }}
        >
          {t('close')}
        </button>
      </div>
    </section>
  )
}
