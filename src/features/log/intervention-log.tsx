import { useId } from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import { LIMITS } from '@/model/limits'

/** The changes so far, in order, each with room for a one-line reason. */
export function InterventionLog() {
  const id = useId()
  const log = useExplorerStore((s) => s.log)
  const rationales = useExplorerStore((s) => s.rationales)
  const setRationale = useExplorerStore((s) => s.setRationale)
  return (
    <section className="panel log" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your changes</h2>
      {log.length === 0 ? (
        <p className="hint">
          Nothing changed yet. Each change you make is listed here, with room to say why.
        </p>
      ) : (
        <ol className="log-list">
          {log.map((e, i) => (
            <li key={e.id}>
              <span>{e.text}</span>
              <label className="visually-hidden" htmlFor={`${id}-why-${e.id}`}>
                Why? (step {i + 1})
              </label>
              <input
                id={`${id}-why-${e.id}`}
                type="text"
                maxLength={LIMITS.rationale}
                placeholder="Why? (optional)"
                value={rationales[e.id] ?? ''}
                onChange={(ev) => setRationale(e.id, ev.target.value)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
