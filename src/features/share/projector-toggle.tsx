import { useEffect, useState } from 'react'
import './share.css'

const KEY = 'alliance-explorer:display'

function readMode(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'projector'
  } catch {
    return false
  }
}

/**
 * Projector mode: larger text, full black on white and heavier lines, for a washed-out classroom
 * projector. A preference of this device, so it is kept apart from the shared session.
 */
export function ProjectorToggle() {
  const [on, setOn] = useState(readMode)
  useEffect(() => {
    document.documentElement.dataset.display = on ? 'projector' : 'standard'
    try {
      window.localStorage.setItem(KEY, on ? 'projector' : 'standard')
    } catch {
      // Not saved; it still applies to this visit.
    }
  }, [on])
  return (
    <button type="button" className="projector-toggle" aria-pressed={on} onClick={() => setOn(!on)}>
      Projector mode
    </button>
  )
}
