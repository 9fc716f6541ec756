import { useId, useRef, useState } from 'react'
import { LIMITS } from '@/model/limits'
import { mergeUserCases } from '@/model/user-cases'
import { selectLabels } from '@/store/selectors'
import { useExplorerStore } from '@/store/explorer-store'
import { caseKindOf, checkUserCases, readUserCases } from '@/share/user-cases'
import './user-cases.css'

/** A file larger than this many bytes cannot hold LIMITS.caseText characters; it is not read. */
const MAX_FILE_BYTES = LIMITS.caseText * 4

/**
 * "Your own cases": a teacher or student adds a state or a pair of their own, coded like the
 * built-in history, from a CSV or JSON file (docs/formats.md, "Your own cases"). A file is taken
 * whole or not at all: on any problem nothing changes and every problem is listed. Added cases are
 * marked "(your case)" wherever they are named, and go with the scenario file and the autosave.
 */
export function UserCasesPanel() {
  const id = useId()
  const cases = useExplorerStore((s) => s.userCases)
  const setUserCases = useExplorerStore((s) => s.setUserCases)
  const removeUserCase = useExplorerStore((s) => s.removeUserCase)
  const labels = useExplorerStore(selectLabels)
  const [problems, setProblems] = useState<{ name: string; list: readonly string[] } | null>(null)
  const [status, setStatus] = useState('')
  const [pasted, setPasted] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)

  const refuse = (name: string, list: readonly string[]) => {
    setStatus('')
    setProblems({ name, list })
  }

  /** Reads a case file and adds its cases to the user's, all of them or none. */
  const take = (name: string, text: string): boolean => {
    const read = readUserCases(text, caseKindOf(name, text))
    if (!read.cases) {
      refuse(name, read.problems)
      return false
    }
    // The cases already added and the new ones must still hold together (and within the limits).
    const whole = checkUserCases(mergeUserCases(cases, read.cases))
    if (!whole.cases) {
      refuse(name, whole.problems)
      return false
    }
    if (!setUserCases(whole.cases)) {
      refuse(name, ['These cases do not fit the built-in history.'])
      return false
    }
    const added = [
      ...read.cases.states.map((s) => s.short),
      ...read.cases.dyads.map((d) => d.id),
    ].join(', ')
    setProblems(null)
    setStatus(`Added from ${name}: ${added}.`)
    return true
  }

  const openFile = async (file: File) => {
    const name = `"${file.name}"`
    if (file.size > MAX_FILE_BYTES) {
      refuse(name, [
        `The file is larger than any case file may be (${LIMITS.caseText.toLocaleString('en')} characters), so it was not read.`,
      ])
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch (e) {
      refuse(name, [`The file could not be read (${(e as Error).message}).`])
      return
    }
    take(`${name}`, text.replace(/^\uFEFF/, ''))
  }

  const count = cases.states.length + cases.dyads.length

  return (
    <section className="panel user-cases" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your own cases</h2>
      <p className="hint">
        Add a state or a pair the built-in history leaves out, coded the same way: a value,
        confidence, sources and a one-line reason for every span of years. The built-in history
        never changes; your cases are marked “(your case)” everywhere and are saved with your
        scenario. Start from a worked example (USSR–Ethiopia):{' '}
        <a href="./case-template.csv" download="case-template.csv">
          template as CSV
        </a>{' '}
        or{' '}
        <a href="./case-template.json" download="case-template.json">
          as JSON
        </a>
        . The columns are explained in the formats guide (docs/formats.md).
      </p>
      <div className="button-row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open a case file (CSV or JSON)
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Case file to open"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void openFile(file)
          }}
        />
      </div>
      <label className="user-cases-paste">
        Or paste a case file (CSV or JSON)
        <textarea
          value={pasted}
          rows={4}
          spellCheck={false}
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            if (take('the pasted text', pasted)) setPasted('')
          }}
        >
          Add the pasted cases
        </button>
      </div>
      {problems && (
        <div className="user-cases-problems" role="alert">
          <p>
            {problems.name} was not added, and nothing changed. Please fix{' '}
            {problems.list.length === 1 ? 'this problem' : 'these problems'}:
          </p>
          <ul>
            {problems.list.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="user-cases-status">
        {status}
      </p>
      {count === 0 ? (
        <p>You have not added any case of your own.</p>
      ) : (
        <ul className="user-cases-list" aria-label="Your cases">
          {cases.states.map((s) => (
            <li key={`state ${s.id}`}>
              <span>
                {labels.state(s.id)}: a state ({s.id})
                {cases.dyads.some((d) => d.a === s.id || d.b === s.id)
                  ? '; removing it also removes your pairs with it'
                  : ''}
              </span>
              <button
                type="button"
                onClick={() => {
                  setStatus(`Removed ${labels.state(s.id)}.`)
                  removeUserCase(s.id)
                }}
              >
                Remove <span className="visually-hidden">{labels.state(s.id)}</span>
              </button>
            </li>
          ))}
          {cases.dyads.map((d) => (
            <li key={`pair ${d.id}`}>
              <span>
                {labels.dyad(d.id)}: a pair ({d.id})
              </span>
              <button
                type="button"
                onClick={() => {
                  setStatus(`Removed ${labels.dyad(d.id)}.`)
                  removeUserCase(d.id)
                }}
              >
                Remove <span className="visually-hidden">{labels.dyad(d.id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
