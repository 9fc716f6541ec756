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
