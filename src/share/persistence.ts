import type { StoreApi } from 'zustand'
import type { ExplorerState } from '@/store/explorer-store'
import { dataVersionNotice } from './data-version'
import { decodeLink, encodeLink } from './link'
import { BACKUP_SLOTS, downloadBackup, downloadScenario, keepBackup } from './backups'
import {
  readScenarioFile,
  salvageScenarioFile,
  writeScenarioFile,
  type LostPart,
  type OpenedFile,
} from './scenario-file'
import { savedLogOf, sessionOf, undoOf } from './session'

/*
 * Autosave, links and the rule that nothing is lost: the session is saved to localStorage after
 * every change and mirrored in the URL fragment. On start the app restores the saved session, or
 * opens a shared link; opening a link over different saved work first keeps that work under its
 * own key and offers it back. Storage that is full, missing or corrupt gives a message, never a
 * crash.
 */

export const SESSION_KEY = 'alliance-explorer:session'
export const PREVIOUS_KEY = 'alliance-explorer:previous'
export const UNREADABLE_KEY = 'alliance-explorer:unreadable'
export const SAVE_DELAY_MS = 250

type Store = StoreApi<ExplorerState>

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

function storageProblem(e: unknown): string {
  const name = (e as { name?: string })?.name ?? ''
  return /quota/i.test(name) || /quota/i.test(String(e))
    ? "this browser's storage for the site is full"
    : `the browser refused to store it (${name || String(e)})`
}

/** Puts an opened session and its log into the store as one undoable step. */
export function applyOpened(store: Store, opened: OpenedFile, text: string) {
  const s = store.getState()
  s.replaceModel(
    { scenario: opened.session.scenario, settings: opened.session.settings },
    text,
    opened.log.map((e) => e.text),
  )
  if (opened.session.view) s.replaceView(opened.session.view)
  if (opened.answers) s.replaceAnswers(opened.answers)
  // Rationales belong to the log entries just added, which sit before the closing entry.
  const entries = store.getState().log
  const added = entries.slice(-1 - opened.log.length, -1)
  opened.log.forEach((e, i) => {
    if (e.rationale && added[i]) store.getState().setRationale(added[i]!.id, e.rationale)
  })
}

/** Puts saved work back as it was, with its undo history; restoring is not itself a step. */
export function restoreFromFile(store: Store, saved: OpenedFile) {
  const present = {
    scenario: saved.session.scenario,
    settings: saved.session.settings,
    logLength: saved.log.length,
  }
  const entries =
    saved.undo && saved.undo.entries.length >= saved.log.length ? saved.undo.entries : saved.log
  // The present log's reasons are the newest; they win over the history's copy.
  const merged = entries.map((e, i) => (i < saved.log.length ? saved.log[i]! : e))
  store.getState().restoreSaved(merged, present, saved.undo?.past ?? [], saved.undo?.future ?? [])
  if (saved.session.view) store.getState().replaceView(saved.session.view)
  if (saved.answers) store.getState().replaceAnswers(saved.answers)
}

/** Says so when work just opened was made on other data than this build's. */
function noticeDataVersion(store: Store, what: string, made: string | null | undefined) {
  const notice = dataVersionNotice(what, made)
  if (notice) store.getState().notify(notice)
}

/**
 * Opens a scenario file's text over the current work: all of it as one undoable step, or, if any
 * part is wrong, none of it, with a message naming the problem. Returns whether it opened. A file
 * made on older data opens all the same, with a notice pointing to the changelog.
 */
export function openScenarioText(store: Store, name: string, text: string): boolean {
  const result = readScenarioFile(text, store.getState().base)
  if (!result.ok) {
    store.getState().notify({
      kind: 'error',
      text: `"${name}" was not opened: ${result.problem}. Your current work is unchanged.`,
    })
    return false
  }
  applyOpened(store, result.file, `Opened scenario file "${name}"`)
  store.getState().notify({
    kind: 'info',
    text: `Opened "${name}". Press Undo to go back to what you had before.`,
  })
  noticeDataVersion(store, `the file "${name}"`, result.file.dataVersion)
  return true
}

/** The fragment for the store's session ('' for a fresh page). */
export const linkOf = (s: ExplorerState) => encodeLink(sessionOf(s), s.base)

/**
 * Reads the saved session, keeping all of it that reads: a bad field is reset and named in a
 * notice, and the saved text as it was goes into a backup (see backups.ts) that the notice offers
 * to download, so that neither the autosave nor a later failure can erase it.
 */
function readSaved(store: Store, storage: Storage | null): OpenedFile | null {
  if (!storage) return null
  let text: string | null
  try {
    text = storage.getItem(SESSION_KEY)
  } catch (e) {
    store
      .getState()
      .notify({ kind: 'error', text: `Your saved work could not be read: ${storageProblem(e)}.` })
    return null
  }
  if (text === null) return null
  const result = salvageScenarioFile(text, store.getState().base)
  if (result.ok && result.lost.length === 0) return result.file
  const savedText = text
  const now = new Date()
  const reason = result.ok ? lostParts(result.lost) : result.problem
  const slot = keepBackup(storage, savedText, reason, now)
  const kept =
    slot !== null
      ? `A copy of the saved text is kept in this browser (backup ${slot} of ${BACKUP_SLOTS}, listed under "Unreadable saves kept in this browser" by the Save scenario button).`
      : `The ${BACKUP_SLOTS} backups of earlier unreadable saves are all kept, so this copy is not stored: download it now.`
  const action = {
    label: 'Download the saved copy',
    run: () => downloadBackup({ savedAt: now.toISOString(), text: savedText }),
  }
  if (result.ok) {
    store.getState().notify({
      kind: 'error',
      sticky: true,
      text: `Your saved work was restored, except ${reason}, which ${result.lost.length > 1 ? 'were' : 'was'} reset. ${kept}`,
      action,
    })
    return result.file
  }
  if (slot !== null) {
    try {
      storage.removeItem(SESSION_KEY)
    } catch {
      // Nothing more can be done; the message below still explains.
    }
  }
  store.getState().notify({
    kind: 'error',
    sticky: true,
    text: `Your saved work could not be read (${result.problem}), so the explorer opened on history. ${kept}`,
    action,
  })
  return null
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  settings: 'the model settings',
  changes: 'the changes',
  view: 'the view',
  log: 'the log of changes',
  exercises: 'the exercise answers',
  undo: 'the undo history',
}

/** "the view (view: the year range ...) and 2 of the changes (...)". */
function lostParts(lost: readonly LostPart[]): string {
  const byField = new Map<string, string[]>()
  for (const l of lost) byField.set(l.field, [...(byField.get(l.field) ?? []), l.problem])
  const parts = [...byField].map(([field, problems]) => {
    const name = FIELD_NAMES[field] ?? `"${field}"`
    const what =
      field === 'changes' && problems.length === 1 && /^changes\[/.test(problems[0]!)
        ? 'one of the changes'
        : field === 'changes' && problems.every((p) => /^changes\[/.test(p))
          ? `${problems.length} of the changes`
          : name
    return `${what} (${problems[0]}${problems.length > 1 ? `; and ${problems.length - 1} more` : ''})`
  })
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
}

/**
 * Restores the session on start: the shared link in `hash` if there is one, else the autosave.
 * If what ends up on screen was made on older data, a last notice says so. Returns what it did,
 * for tests.
 */
export function restoreSession(
  store: Store,
  hash: string,
  storage: Storage | null,
): 'link' | 'saved' | 'fresh' {
  const saved = readSaved(store, storage)
  const base = store.getState().base
  const link = decodeLink(hash, base)
  if (saved) restoreFromFile(store, saved)
  // Whose data version counts: the work that ends up on screen.
  let shown: [string, string | null | undefined] | null = saved
    ? ['your saved work', saved.dataVersion]
    : null
  if (link.session) {
    const sameWork =
      saved !== null &&
      encodeLink({ ...saved.session, view: link.session.view }, base) ===
        encodeLink(link.session, base)
    if (!sameWork) {
      if (saved) {
        try {
          storage?.setItem(PREVIOUS_KEY, storage.getItem(SESSION_KEY) ?? '')
        } catch {
          // The previous work is still one Undo away in this tab.
        }
      }
      applyOpened(store, { session: link.session, log: [] }, 'Opened a shared link')
      shown = ['this link', link.dataVersion]
      if (saved) {
        const previous = saved
        store.getState().notify({
          kind: 'info',
          text: 'You opened a shared link. Your own work from before is kept: press Undo, or restore it here.',
          sticky: true,
          action: {
            label: 'Restore my previous work',
            run: () => applyOpened(store, previous, 'Restored your previous work'),
          },
        })
      }
    } else if (link.session.view) {
      store.getState().replaceView(link.session.view)
    }
    if (link.problems.length > 0) {
      store.getState().notify({
        kind: 'error',
        text: `Parts of this link could not be read, so it is shown as far as it could be: ${link.problems.join('; ')}.`,
      })
    }
    if (shown) noticeDataVersion(store, ...shown)
    return 'link'
  }
  if (link.problems.length > 0) {
    store.getState().notify({
      kind: 'error',
      text: `This link could not be read (${link.problems.join('; ')}). ${saved ? 'Your saved work is shown instead.' : 'The explorer opened on history.'}`,
    })
  }
  if (shown) noticeDataVersion(store, ...shown)
  return saved ? 'saved' : 'fresh'
}

/** Saves the session after every change (debounced) and keeps the URL fragment in step. */
export function startAutosave(
  store: Store,
  storage: Storage | null,
  win: Window = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let warnedUnavailable = false
  const flush = () => {
    timer = undefined
    const s = store.getState()
    const fragment = linkOf(s)
    const url = `${win.location.pathname}${win.location.search}${fragment ? `#${fragment}` : ''}`
    win.history.replaceState(win.history.state, '', url)
    if (!storage) {
      if (!warnedUnavailable) {
        warnedUnavailable = true
        s.notify({
          kind: 'info',
          text: 'This browser does not let the explorer save your work. Use "Save scenario" or "Copy link" to keep it.',
        })
      }
      return
    }
    try {
      storage.setItem(
        SESSION_KEY,
        writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), answers: s.answers }),
      )
    } catch (e) {
      // The last good save stays as it was: setItem writes all or nothing, and nothing smaller is
      // tried in its place.
      s.notify({
        kind: 'error',
        text: `Your latest changes could not be saved in this browser: ${storageProblem(e)}. Your last saved work is kept as it was, and what is on screen is still here: use "Save scenario" to keep a copy.`,
        action: { label: 'Save scenario', run: () => downloadScenario(store.getState()) },
      })
    }
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.undoStack !== prev.undoStack ||
      s.scenario !== prev.scenario ||
      s.settings !== prev.settings ||
      s.view !== prev.view ||
      s.log !== prev.log ||
      s.rationales !== prev.rationales ||
      s.answers !== prev.answers
    ) {
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(flush, SAVE_DELAY_MS)
    }
  })
  const onUnload = () => {
    if (timer !== undefined) flush()
  }
  win.addEventListener('pagehide', onUnload)
  return () => {
    unsubscribe()
    win.removeEventListener('pagehide', onUnload)
    if (timer !== undefined) clearTimeout(timer)
  }
}
