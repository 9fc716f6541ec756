import { memo, useId, useState } from 'react'
import { useExplorerStore, type LogEntry } from '@/store/explorer-store'
import { LIMITS } from '@/model/limits'
import './log.css'

/**
 * How many of the latest steps the list shows until asked for all. Thousands of rows, each with
 * a text box, make every later click slow to paint; the earlier steps are one button away.
 */
export const SHOWN_STEPS = 100

const count = (n: number) => n.toLocaleString('en')

/** The changes so far, in order, each with room for a one-line reason. */
export function InterventionLog() {
  const id = useId()
  const log = useExplorerStore((s) => s.log)
  const rationales = useExplorerStore((s) => s.rationales)
  const setRationale = useExplorerStore((s) => s.setRationale)
  const [showAll, setShowAll] = useState(false)
  const long = log.length > SHOWN_STEPS
  const first = long && !showAll ? log.length - SHOWN_STEPS : 0
  return (
    <section className="panel log" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your changes</h2>
      {log.length === 0 ? (
        <p className="hint">
          Nothing changed yet. Each change you make is listed here, with room to say why.
        </p>
      ) : (
        <>
          {long && (
            <p className="hint">
              {showAll
                ? `All ${count(log.length)} steps are shown. `
                : `The last ${SHOWN_STEPS} of ${count(log.length)} steps are shown. `}
              <button
                type="button"
                aria-controls={`${id}-list`}
                onClick={() => setShowAll((all) => !all)}
              >
                {showAll
                  ? `Show only the last ${SHOWN_STEPS}`
                  : `Show all ${count(log.length)} steps`}
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
  return (
    <li>
      <span>{entry.text}</span>
      <label className="visually-hidden" htmlFor={`${listId}-why-${entry.id}`}>
        Why? (step {step})
      </label>
      <input
        id={`${listId}-why-${entry.id}`}
        type="text"
        maxLength={LIMITS.rationale}
        placeholder="Why? (optional)"
        value={rationale}
        onChange={(ev) => setRationale(entry.id, ev.target.value)}
      />
    </li>
  )
})
