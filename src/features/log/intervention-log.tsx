import { memo, useId, useState } from 'react'
import { useExplorerStore, type LogEntry } from '@/store/explorer-store'
import { LIMITS } from '@/model/limits'
import { useT } from '@/i18n/react'
import { interventionLogWords } from './intervention-log.en'
import './log.css'

/**
 * How many of the latest steps the list shows until asked for all. Thousands of rows, each with
 * a text box, make every later click slow to paint; the earlier steps are one button away.
 */
export const SHOWN_STEPS = 100

/** The changes so far, in order, each with room for a one-line reason. */
export function InterventionLog() {
  const id = useId()
  const log = useExplorerStore((s) => s.log)
  const rationales = useExplorerStore((s) => s.rationales)
  const setRationale = useExplorerStore((s) => s.setRationale)
  const [showAll, setShowAll] = useState(false)
  const t = useT(interventionLogWords)
  const long = log.length > SHOWN_STEPS
  const first = long && !showAll ? log.length - SHOWN_STEPS : 0
  return (
    <section className="panel log" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {log.length === 0 ? (
        <p className="hint">{t('empty')}</p>
      ) : (
        <>
          {long && (
            <p className="hint">
              {showAll
                ? t('shown.all', { n: log.length })
                : t('shown.last', { shown: SHOWN_STEPS, n: log.length })}{' '}
              <button
                type="button"
                aria-controls={`${id}-list`}
                onClick={() => setShowAll((all) => !all)}
              >
                {showAll
                  ? t('show.last', { shown: SHOWN_STEPS })
                  : t('show.all', { n: log.length })}
              </button>
            </p>
          )}
          <ol className="log-list" id={`${id}-list`} start={first + 1}>
            {log.slice(first).map((e, i) => (
              <LogStep
                key={e.id}
                listId={id}
                entry={e}
                step={first + i + 1}
                rationale={rationales[e.id] ?? ''}
                setRationale={setRationale}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

interface StepProps {
  readonly listId: string
  readonly entry: LogEntry
  readonly step: number
  readonly rationale: string
  readonly setRationale: (entry: number, text: string) => void
}

/** One step of the list. Memoised: a click that adds a step renders that row alone. */
const LogStep = memo(function LogStep({ listId, entry, step, rationale, setRationale }: StepProps) {
  const t = useT(interventionLogWords)
  return (
    <li>
      <span>{entry.text}</span>
      <label className="visually-hidden" htmlFor={`${listId}-why-${entry.id}`}>
        {t('why.label', { step: String(step) })}
      </label>
      <input
        id={`${listId}-why-${entry.id}`}
        type="text"
        maxLength={LIMITS.rationale}
        placeholder={t('why.placeholder')}
        value={rationale}
        onChange={(ev) => setRationale(entry.id, ev.target.value)}
      />
    </li>
  )
})
