import { useId, useRef, useState } from 'react'
import { LIMITS } from '@/model/limits'
import { mergeUserCases } from '@/model/user-cases'
import { languageWords } from '@/store/language.en'
import { selectLabels } from '@/store/selectors'
import { useExplorerStore } from '@/store/explorer-store'
import { caseKindOf, checkUserCases, readUserCases } from '@/share/user-cases'
import { rich, useT } from '@/i18n/react'
import { userCasesWords } from './user-cases-panel.en'
import './user-cases.css'

/** A file larger than this many bytes cannot hold LIMITS.caseText characters; it is not read. */
const MAX_FILE_BYTES = LIMITS.caseText * 4

/** Where cases came from: a file, by its name, or the text pasted into the box. */
type From = { readonly file: string } | null

/**
 * "Your own cases": a teacher or student adds a state or a pair of their own, coded like the
 * built-in history, from a CSV or JSON file (docs/formats.md, "Your own cases"). A file is taken
 * whole or not at all: on any problem nothing changes and every problem is listed. Added cases are
 * marked "(your case)" wherever they are named, and go with the scenario file and the autosave.
 */
export function UserCasesPanel() {
  const id = useId()
  const t = useT(userCasesWords)
  const userCaseMark = useT(languageWords)('user-case-mark')
  const cases = useExplorerStore((s) => s.userCases)
  const setUserCases = useExplorerStore((s) => s.setUserCases)
  const removeUserCase = useExplorerStore((s) => s.removeUserCase)
  const labels = useExplorerStore(selectLabels)
  const [problems, setProblems] = useState<{ from: From; list: readonly string[] } | null>(null)
  const [status, setStatus] = useState('')
  const [pasted, setPasted] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)

  const refuse = (from: From, list: readonly string[]) => {
    setStatus('')
    setProblems({ from, list })
  }

  /** Reads a case file and adds its cases to the user's, all of them or none. */
  const take = (from: From, text: string): boolean => {
    const read = readUserCases(text, caseKindOf(from ? `"${from.file}"` : 'the pasted text', text))
    if (!read.cases) {
      refuse(from, read.problems)
      return false
    }
    // The cases already added and the new ones must still hold together (and within the limits).
    const whole = checkUserCases(mergeUserCases(cases, read.cases))
    if (!whole.cases) {
      refuse(from, whole.problems)
      return false
    }
    if (!setUserCases(whole.cases)) {
      refuse(from, [t('not-fit')])
      return false
    }
    const added = [
      ...read.cases.states.map((s) => s.short),
      ...read.cases.dyads.map((d) => d.id),
    ].join(', ')
    setProblems(null)
    setStatus(
      from ? t('added.file', { name: `"${from.file}"`, added }) : t('added.pasted', { added }),
    )
    return true
  }

  const openFile = async (file: File) => {
    const from = { file: file.name }
    if (file.size > MAX_FILE_BYTES) {
      refuse(from, [t('too-large', { n: LIMITS.caseText })])
      return
    }
    let text: string
    try {
      text = await file.text()
    } catch (e) {
      refuse(from, [t('unreadable', { reason: (e as Error).message })])
      return
    }
    take(from, text.replace(/^\uFEFF/, ''))
  }

  const count = cases.states.length + cases.dyads.length

  return (
    <section className="panel user-cases" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="hint">
        {rich(t('hint', { mark: userCaseMark }), {
          code: (c) => <code>{c}</code>,
          csv: (c) => (
            <a href="./case-template.csv" download="case-template.csv">
              {c}
            </a>
          ),
          json: (c) => (
            <a href="./case-template.json" download="case-template.json">
              {c}
            </a>
          ),
        })}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('file-label')}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void openFile(file)
          }}
        />
      </div>
      <label className="user-cases-paste">
        {t('paste')}
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
            if (take(null, pasted)) setPasted('')
          }}
        >
          {t('add')}
        </button>
      </div>
      {problems && (
        <div className="user-cases-problems" role="alert">
          <p>
            {problems.from
              ? t('problems.file', { name: `"${problems.from.file}"`, n: problems.list.length })
              : t('problems.pasted', { n: problems.list.length })}
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
        <p>{t('none')}</p>
      ) : (
        <ul className="user-cases-list" aria-label={t('list')}>
          {cases.states.map((s) => (
            <li key={`state ${s.id}`}>
              <span>
                {t(
                  cases.dyads.some((d) => d.a === s.id || d.b === s.id)
                    ? 'state.with-pairs'
                    : 'state',
                  { name: labels.state(s.id), id: s.id },
                )}
              </span>
              <button
                type="button"
                onClick={() => {
                  setStatus(t('removed', { name: labels.state(s.id) }))
                  removeUserCase(s.id)
                }}
              >
                {rich(t('remove'), {
                  name: () => <span className="visually-hidden">{labels.state(s.id)}</span>,
                })}
              </button>
            </li>
          ))}
          {cases.dyads.map((d) => (
            <li key={`pair ${d.id}`}>
              <span>{t('pair', { name: labels.dyad(d.id), id: d.id })}</span>
              <button
                type="button"
                onClick={() => {
                  setStatus(t('removed', { name: labels.dyad(d.id) }))
                  removeUserCase(d.id)
                }}
              >
                {rich(t('remove'), {
                  name: () => <span className="visually-hidden">{labels.dyad(d.id)}</span>,
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
