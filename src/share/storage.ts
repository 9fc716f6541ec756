import { LEGACY_UNREADABLE_KEY } from './backups'

/*
 * Where the explorer keeps work in the browser, and whether there is any to read on start. Kept
 * apart from the readers (persistence.ts), which need zod: a first visit, with no link and nothing
 * saved, opens without loading them, and they follow once the page is on screen.
 */

export const SESSION_KEY = 'alliance-explorer:session'
export const PREVIOUS_KEY = 'alliance-explorer:previous'
/** Work set aside while two tabs disagreed, so that neither side's is lost. */
export const OTHER_TAB_KEY = 'alliance-explorer:other-tab'

/** localStorage, or null where the browser refuses it (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage
    const probe = `${SESSION_KEY}:probe`
    s.setItem(probe, '1')
    s.removeItem(probe)
    return s
  } catch {
    return null
  }
}

/**
 * True when starting has something to read: a link in the fragment, saved work, or a copy of work
 * kept aside (everything `restoreSession` opens or offers back). Storage that cannot be read
 * counts as something, so that the reader can say what went wrong.
 */
export function hasWorkToRestore(hash: string, storage: Storage | null): boolean {
  if (hash.replace(/^#/, '') !== '') return true
  try {
    return [SESSION_KEY, PREVIOUS_KEY, OTHER_TAB_KEY, LEGACY_UNREADABLE_KEY].some(
      (key) => storage?.getItem(key) != null,
    )
  } catch {
    return true
  }
}
