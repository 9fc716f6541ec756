import { useId } from 'react'
import { createPortal } from 'react-dom'
import {
  CURRICULUM,
  ESSAY_PROMPT,
  LESSON_45,
  LESSON_90,
  RIVALS,
  RUBRIC,
  RUBRIC_LEVELS,
  WORKSHEET,
  type Step,
} from './lesson'
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

function Plan({ steps }: { steps: readonly Step[] }) {
  return (
    <ol className="lesson-steps">
      {steps.map((s) => (
        <li key={s.title}>
          <strong>{s.title}</strong>
          {s.minutes > 0 ? ` (${s.minutes} min)` : ''}: {s.text}
        </li>
      ))}
    </ol>
  )
}

/** The student worksheet as printed: questions with room to answer, no key. */
function PrintedWorksheet() {
  return (
    <section className="worksheet-print" aria-label="Printable worksheet" hidden>
      <h1>Alliance Counterfactual Explorer: worksheet</h1>
      <p>Name: ______________________________ Date: ______________</p>
      {WORKSHEET.map((part, k) => (
        <div key={part.title}>
          <h2>{part.title}</h2>
          <ol start={FIRST_NUMBER[k]}>
            {part.questions.map((q) => (
              <li key={q.question}>
                {q.question}
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
  return (
    <div className="teacher-panel">
      <p>
        Lessons built on the app&apos;s presets and exercises. The rival rules in the{' '}
        <strong>Rule</strong> menu carry the field&apos;s names below. The full guide, with the same
        plans, is <code>docs/teachers.md</code> in the project.
      </p>
      <h2>45-minute lesson: Russia stays communist</h2>
      <Plan steps={LESSON_45} />
      <h2>90-minute lesson: two rules, two readings, one essay</h2>
      <Plan steps={LESSON_90} />
      <h2>Worksheet</h2>
      <p>
        Fourteen questions in four parts, to fill in while the class follows the 45-minute lesson.
        The printout holds the questions only, with room to write.
      </p>
      <button type="button" onClick={printWorksheet}>
        Print worksheet
      </button>
      {WORKSHEET.map((part, k) => (
        <section key={part.title} aria-labelledby={`${id}-part-${k}`}>
          <h3 id={`${id}-part-${k}`}>{part.title}</h3>
          <ol className="worksheet-questions" start={FIRST_NUMBER[k]}>
            {part.questions.map((q) => (
              <li key={q.question}>{q.question}</li>
            ))}
          </ol>
        </section>
      ))}
      <details className="answer-key">
        <summary>Answer key</summary>
        <p>What the app shows on its default settings.</p>
        <ol>
          {WORKSHEET.flatMap((part) => part.questions).map((q) => (
            <li key={q.question}>{q.answer}</li>
          ))}
        </ol>
      </details>
      <h2>Essay prompt and rubric</h2>
      <p className="essay-prompt">
        <strong>Prompt:</strong> &ldquo;{ESSAY_PROMPT}&rdquo;
      </p>
      <div className="rubric-scroll">
        <table className="rubric">
          <caption>Rubric: score each criterion 1–4 (20 in all)</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {RUBRIC_LEVELS.map((l) => (
                <th key={l} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RUBRIC.map((r) => (
              <tr key={r.criterion}>
                <th scope="row">{r.criterion}</th>
                {r.levels.map((l) => (
                  <td key={l}>{l}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Curriculum map</h2>
      <dl className="curriculum">
        {CURRICULUM.map((c) => (
          <div key={c.course}>
            <dt>{c.course}</dt>
            <dd>{c.serves}</dd>
          </div>
        ))}
      </dl>
      <h3>The rival rules in the field&apos;s terms</h3>
      <dl className="curriculum">
        {RIVALS.map((r) => (
          <div key={r.rule}>
            <dt>{r.rule}</dt>
            <dd>{r.field}</dd>
          </div>
        ))}
      </dl>
      {createPortal(<PrintedWorksheet />, document.body)}
    </div>
  )
}
