import { useLayoutEffect, useRef, useState } from 'react'
import { afterNextPaint } from '@/lib/after-paint'
import { useT } from '@/i18n/react'
import { projectorToggleWords } from './projector-toggle.en'
import './share.css'

const KEY = 'alliance-explorer:display'

function readMode(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'projector'
  } catch {
    return false
  }
}

function apply(on: boolean) {
  const root = document.documentElement
  // The standard look needs no mark: opening the page in it changes nothing (a change would make
  // the charts measure their text again during the first render).
  if (!on && !root.dataset.display) return
  root.dataset.display = on ? 'projector' : 'standard'
  try {
    window.localStorage.setItem(KEY, on ? 'projector' : 'standard')
  } catch {
    // Not saved; it still applies to this visit.
  }
}

/**
 * Projector mode: larger text, full black on white and heavier lines, for a washed-out classroom
 * projector. A preference of this device, so it is kept apart from the shared session.
 */
export function ProjectorToggle() {
  const t = useT(projectorToggleWords)
  const [on, setOn] = useState(readMode)
  const opened = useRef(false)
  useLayoutEffect(() => {
    // On opening, before the first paint: the page never shows the other look first.
    if (!opened.current) {
      opened.current = true
      apply(on)
      return
    }
    // On a press, the button shows pressed in the click's own frame, and the whole page takes
    // its new look in the next (restyling and laying out every element takes tens of ms).
    return afterNextPaint(() => apply(on))
  }, [on])
  return (
    <button type="button" className="projector-toggle" aria-pressed={on} onClick={() => setOn(!on)}>
      {t('label')}
    </button>
  )
}
