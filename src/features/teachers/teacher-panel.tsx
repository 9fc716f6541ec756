import { useId, useMemo, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { rich, useDataText, useLanguage, useT } from '@/i18n/react'
import type { Params } from '@/i18n/format'
import { useWords } from '@/ui/words'
import {
  CURRICULUM,
  LESSON_45,
  LESSON_90,
  RIVALS,
  RUBRIC,
  RUBRIC_LEVELS,
  WORKSHEET,
  keyFigures,
  type LessonKey,
  type Step,
} from './lesson'
import { lessonWords } from './lesson.en'
import { teacherPanelWords } from './teacher-panel.en'
import './teachers.css'

/** Prints the worksheet alone: the page is marked for the worksheet's print styles until printing ends. */
export function printWorksheet() {
  const root = document.documentElement
  root.dataset.print = 'worksheet'
  const done = () => {
    delete root.dataset.print
    window.removeEventListener('afterprint', done)
  }
  window.addEventListener('afterprint', done)
  window.print()
}

/** The number of each worksheet part's first question, counting on across the parts. */
const FIRST_NUMBER = WORKSHEET.map(
  (_, k) => 1 + WORKSHEET.slice(0, k).reduce((sum, part) => sum + part.questions.length, 0),
)

const strong = { b: (c: ReactNode) => <strong>{c}</strong> }

/** The guide's messages in the language in use, with the answer key's figures filled in. */
function useLesson() {
  const language = useLanguage()
  const dt = useDataText()
  const t = useT(lessonWords)
  const preset = dt('data.presets', 'russia-stays-communist.title', 'Russia stays communist')
  const figures: Params = useMemo(() => keyFigures(language, preset), [language, preset])
  return (key: string) => t(key as LessonKey, figures)
}

function Plan({ steps }: { steps: readonly Step[] }) {
  const t = useT(teacherPanelWords)
  const lesson = useLesson()
  return (
    <ol className="lesson-steps">
      {steps.map((s) => {
        const parts = { title: lesson(`${s.id}.title`), text: lesson(`${s.id}.text`) }
        return (
          <li key={s.id}>
            {s.minutes > 0
              ? rich(t('step', { ...parts, minutes: s.minutes }), strong)
              : rich(t('step.untimed', parts), strong)}
          </li>
        )
      })}
    </ol>
  )
}

/** The student worksheet as printed: questions with room to answer, no key. */
function PrintedWorksheet() {
  const t = useT(teacherPanelWords)
  const lesson = useLesson()
  return (
    <section className="worksheet-print" aria-label={t('printed.label')} hidden>
      <h1>{t('printed.title')}</h1>
      <p>{t('printed.name')}</p>
      {WORKSHEET.map((part, k) => (
        <div key={part.id}>
          <h2>{lesson(`${part.id}.title`)}</h2>
          <ol start={FIRST_NUMBER[k]}>
            {part.questions.map((q) => (
              <li key={q.id}>
                {lesson(`${q.id}.question`)}
                <span className="answer-line" aria-hidden="true" />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  )
}

/**
 * The teacher guide in short form: two lesson plans on the app's own presets and exercises, the
 * worksheet with its key, an essay prompt with a rubric, and the curriculum map.
 */
export function TeacherPanel() {
  const id = useId()
  const t = useT(teacherPanelWords)
  const w = useWords()
  const lesson = useLesson()
  return (
    <div className="teacher-panel">
      <p>{rich(t('intro'), { ...strong, code: (c) => <code>{c}</code> })}</p>
      <h2>{t('lesson45.heading')}</h2>
      <Plan steps={LESSON_45} />
      <h2>{t('lesson90.heading')}</h2>
      <Plan steps={LESSON_90} />
      <h2>{t('worksheet.heading')}</h2>
      <p>{t('worksheet.intro')}</p>
      <button type="button" onClick={printWorksheet}>
        {t('worksheet.print')}
      </button>
      {WORKSHEET.map((part, k) => (
        <section key={part.id} aria-labelledby={`${id}-part-${k}`}>
          <h3 id={`${id}-part-${k}`}>{lesson(`${part.id}.title`)}</h3>
          <ol className="worksheet-questions" start={FIRST_NUMBER[k]}>
            {part.questions.map((q) => (
              <li key={q.id}>{lesson(`${q.id}.question`)}</li>
            ))}
          </ol>
        </section>
      ))}
      <details className="answer-key">
        <summary>{t('key.summary')}</summary>
        <p>{t('key.intro')}</p>
        <ol>
          {WORKSHEET.flatMap((part) => part.questions).map((q) => (
            <li key={q.id}>{lesson(`${q.id}.answer`)}</li>
          ))}
        </ol>
      </details>
      <h2>{t('essay.heading')}</h2>
      <p className="essay-prompt">
        {rich(t('essay.prompt', { prompt: lesson('essay.prompt') }), strong)}
      </p>
      <div className="rubric-scroll">
        <table className="rubric">
          <caption>{t('rubric.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubric.criterion')}</th>
              {RUBRIC_LEVELS.map((_, n) => (
                <th key={n} scope="col">
                  {lesson(`level.${n + 1}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RUBRIC.map((r) => (
              <tr key={r.id}>
                <th scope="row">{lesson(`rubric.${r.id}`)}</th>
                {r.levels.map((_, n) => (
                  <td key={n}>{lesson(`rubric.${r.id}.${n + 1}`)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('curriculum.heading')}</h2>
      <dl className="curriculum">
        {CURRICULUM.map((c) => (
          <div key={c.id}>
            <dt>{lesson(`course.${c.id}`)}</dt>
            <dd>{lesson(`course.${c.id}.serves`)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('rivals.heading')}</h3>
      <dl className="curriculum">
        {RIVALS.map((r) => (
          <div key={r.id}>
            <dt>{r.id === 'lan' ? lesson('rival.lan.rule') : w.RULE_LABEL[r.id]}</dt>
            <dd>{lesson(`rival.${r.id}`)}</dd>
          </div>
        ))}
      </dl>
      {createPortal(<PrintedWorksheet />, document.body)}
    </div>
  )
}
