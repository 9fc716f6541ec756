/**
 * What the first-run guides remember on this device, under one localStorage key: whether the tour
 * was finished or skipped, and whether "How to read this chart" was closed. Neither comes back by
 * itself once dismissed. Kept apart from the shared session, like the display preferences.
 */
export const GUIDE_KEY = 'alliance-explorer:guide'

export interface GuideSeen {
  /** The first-run tour was finished or skipped. */
  readonly tour?: boolean
  /** The chart walkthrough was closed. */
  readonly walkthrough?: boolean
}

/** What this device has seen; nothing when storage is refused or holds something unreadable. */
export function readGuide(): GuideSeen {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(GUIDE_KEY) ?? 'null')
    if (!saved || typeof saved !== 'object') return {}
    const s = saved as Record<string, unknown>
    return { tour: s.tour === true, walkthrough: s.walkthrough === true }
  } catch {
    return {}
  }
}

/** Remembers that a guide was dismissed; where storage is refused it is dismissed for this visit. */
export function markSeen(part: keyof GuideSeen, seen = true) {
  try {
    window.localStorage.setItem(GUIDE_KEY, JSON.stringify({ ...readGuide(), [part]: seen }))
  } catch {
    // Not kept; it stays closed until the page is opened again.
  }
}

/*
 * Whether the reader has already pressed or typed something on this page. The tour's code
 * arrives just after the page: a tour opening then, under a finger already on its way to a
 * button, would scroll that button away, so it stays closed once the reader has started.
 */
let acted = false
const act = () => {
  acted = true
}
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', act, { capture: true, passive: true })
  window.addEventListener('keydown', act, { capture: true, passive: true })
}

/** The reader has pressed or typed something since the page opened. */
export const readerHasActed = () => acted

/** For tests: the page as freshly opened. */
export const forgetReaderActions = () => {
  acted = false
}
