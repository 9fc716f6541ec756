import type { StoreApi } from 'zustand'
import { text as say, type Translate } from '@/i18n/catalogue'
import { scenarioToChanges } from '@/model/changes'
import { DEFAULT_SETTINGS, type ModelSettings } from '@/model/evaluate'
import type { OpenLesson } from '@/model/lesson'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { isFramed } from '@/lib/download'
import type { ExplorerState } from '@/store/explorer-store'
import { dataVersionNotice } from './data-version'
import { persistenceWords } from './persistence.en'
import { readLessonLink, isLessonLink } from './lesson-link'
import { decodeLink, type DecodedLink } from './link'
import { encodeLink, linkOf } from './link-write'
import {
  adoptLegacyBackup,
  BACKUP_SLOTS,
  downloadBackup,
  downloadScenario,
  keepBackup,
} from './backups'
import {
  readScenarioFile,
  salvageScenarioFile,
  type LostPart,
  type OpenedFile,
} from './scenario-file'
import { writeScenarioFile } from './scenario-write'
import { defaultView, savedLogOf, sessionOf, studentWorkOf, undoOf } from './session'
import { OTHER_TAB_KEY, PREVIOUS_KEY, SESSION_KEY } from './storage'

export { OTHER_TAB_KEY, PREVIOUS_KEY, SESSION_KEY } from './storage'

/*
 * Autosave, links and the rule that nothing is lost: the session is saved to localStorage after
 * every change and mirrored in the URL fragment. On start the app restores the saved session, or
 * opens a shared link; opening a link over different saved work first keeps that work under its
 * own key and offers it back; so does a link pasted or followed while the app is open. Two tabs
 * never save over each other's work unasked: a tab that sees another tab save different work
 * stops saving over it and lets the user choose. Storage that is full, missing or corrupt gives a
 * message, never a crash.
 */

export const SAVE_DELAY_MS = 250

type Store = StoreApi<ExplorerState>

/** The words of a notice or log entry, in the language in use when it is written. */
const t: Translate<typeof persistenceWords> = (key, params) => say(persistenceWords, key, params)

function storageProblem(e: unknown): string {
  const name = (e as { name?: string })?.name ?? ''
  return /quota/i.test(name) || /quota/i.test(String(e))
    ? t('storage.full')
    : t('storage.refused', { detail: name || String(e) })
}

/** Puts an opened session and its log (with its reasons) into the store as one undoable step. */
export function applyOpened(store: Store, opened: OpenedFile, text: string) {
  const s = store.getState()
  // The file's cases first: its changes may be to a pair they add.
  if (opened.cases) s.setUserCases(opened.cases)
  s.replaceModel(
    { scenario: opened.session.scenario, settings: opened.session.settings },
    text,
    opened.log,
  )
  if (opened.session.view) s.replaceView(opened.session.view)
  if (opened.answers) s.replaceAnswers(opened.answers)
  if (opened.codes) s.replaceCodes(opened.codes)
  if (opened.lesson) openLessonOver(store, opened.lesson)
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
  if (saved.cases) store.getState().setUserCases(saved.cases)
  store.getState().restoreSaved(merged, present, saved.undo?.past ?? [], saved.undo?.future ?? [])
  if (saved.session.view) store.getState().replaceView(saved.session.view)
  if (saved.answers) store.getState().replaceAnswers(saved.answers)
  if (saved.codes) store.getState().replaceCodes(saved.codes)
  if (saved.lesson) store.getState().openLesson(saved.lesson)
}

/**
 * Opens a lesson over the one open now. A teacher's own lesson that differs is never lost: the
 * notice offers it back in one click.
 */
export function openLessonOver(store: Store, lesson: OpenLesson) {
  const s = store.getState()
  const before = s.lesson
  s.openLesson(lesson)
  const same = before && JSON.stringify(before) === JSON.stringify(store.getState().lesson)
  if (same) return
  s.notify({
    kind: 'info',
    text:
      before?.role === 'teacher'
        ? t('lesson.opened-over', {
            title: lesson.plan.title,
            role: lesson.role,
            before: before.plan.title,
          })
        : t('lesson.opened', { title: lesson.plan.title, role: lesson.role }),
    ...(before?.role === 'teacher'
      ? {
          sticky: true,
          action: {
            label: t('lesson.reopen', { title: before.plan.title }),
            run: () => store.getState().openLesson(before),
          },
        }
      : {}),
  })
}

/** Opens a lesson link, or says why it cannot; the work on screen stays either way. */
function openLessonLink(store: Store, hash: string): boolean {
  const read = readLessonLink(hash, store.getState().library)
  if (!read.ok) {
    store.getState().notify({
      kind: 'error',
      text: t('lesson-link.failed', { problem: read.problem }),
    })
    return false
  }
  // The lesson's own cases first: its exercises may be about a pair they add.
  if (read.cases) store.getState().setUserCases(read.cases)
  openLessonOver(store, read.lesson)
  store.getState().setStep('explore')
  return true
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
  const result = readScenarioFile(text, store.getState().library)
  if (!result.ok) {
    store.getState().notify({
      kind: 'error',
      text: t('file.failed', { name, problem: result.problem }),
    })
    return false
  }
  applyOpened(store, result.file, t('file.log', { name }))
  store.getState().notify({ kind: 'info', text: t('file.opened', { name }) })
  noticeDataVersion(store, t('what.file', { name }), result.file.dataVersion)
  return true
}

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
      .notify({ kind: 'error', text: t('saved.unreadable', { problem: storageProblem(e) }) })
    return null
  }
  if (text === null) return null
  const result = salvageScenarioFile(text, store.getState().library)
  if (result.ok && result.lost.length === 0) return result.file
  const savedText = text
  const now = new Date()
  const reason = result.ok ? lostParts(result.lost) : result.problem
  const slot = keepBackup(storage, savedText, reason, now)
  const kept =
    slot !== null
      ? t('saved.kept', { slot: String(slot), slots: String(BACKUP_SLOTS) })
      : t('saved.not-kept', { slots: String(BACKUP_SLOTS) })
  const action = {
    label: t('saved.download'),
    run: () => downloadBackup({ savedAt: now.toISOString(), text: savedText }),
  }
  if (result.ok) {
    store.getState().notify({
      kind: 'error',
      sticky: true,
      text: t('saved.partly', { reason, n: result.lost.length, kept }),
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
    text: t('saved.failed', { problem: result.problem, kept }),
    action,
  })
  return null
}

const FIELD_NAMES = {
  settings: 'field.settings',
  changes: 'field.changes',
  view: 'field.view',
  log: 'field.log',
  exercises: 'field.exercises',
  codes: 'field.codes',
  undo: 'field.undo',
} as const

const fieldName = (field: string) =>
  Object.hasOwn(FIELD_NAMES, field)
    ? t(FIELD_NAMES[field as keyof typeof FIELD_NAMES])
    : t('field.other', { field })

/** "the view (view: the year range ...) and 2 of the changes (...)". */
function lostParts(lost: readonly LostPart[]): string {
  const byField = new Map<string, string[]>()
  for (const l of lost) byField.set(l.field, [...(byField.get(l.field) ?? []), l.problem])
  const parts = [...byField].map(([field, problems]) => {
    const what =
      field === 'changes' && problems.length === 1 && /^changes\[/.test(problems[0]!)
        ? t('lost.one-change')
        : field === 'changes' && problems.every((p) => /^changes\[/.test(p))
          ? t('lost.some-changes', { n: String(problems.length) })
          : fieldName(field)
    return problems.length > 1
      ? t('lost.part-more', { what, problem: problems[0]!, n: String(problems.length - 1) })
      : t('lost.part', { what, problem: problems[0]! })
  })
  return parts.length === 1
    ? parts[0]!
    : t('lost.last', { head: parts.slice(0, -1).join(t('lost.separator')), last: parts.at(-1)! })
}

/**
 * Puts a link's session over `current` work (null for none) as one undoable step, keeping the
 * current work (`keep`) and offering it back; a link showing the same work only sets the view.
 * Parts of the link that could not be read are named. Returns whether the work was replaced.
 */
function openLinkOver(
  store: Store,
  link: DecodedLink,
  session: NonNullable<DecodedLink['session']>,
  current: OpenedFile | null,
  keep: () => void,
): boolean {
  const base = store.getState().library
  const sameWork =
    current !== null &&
    encodeLink({ ...current.session, view: session.view }, base) === encodeLink(session, base)
  if (!sameWork) {
    if (current) {
      try {
        keep()
      } catch {
        // The previous work is still one Undo away in this tab.
      }
    }
    applyOpened(store, { session, log: [] }, t('link.log'))
    if (current) {
      const previous = current
      store.getState().notify({
        kind: 'info',
        text: t('link.over'),
        sticky: true,
        action: {
          label: t('link.restore'),
          run: () => applyOpened(store, previous, t('link.restore-log')),
        },
      })
    }
  } else {
    store.getState().replaceView(session.view)
  }
  if (link.problems.length > 0) {
    store.getState().notify({
      kind: 'error',
      text: t('link.partly', { problems: link.problems.join(t('link.separator')) }),
    })
  }
  return !sameWork
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
  adoptLegacyBackup(storage)
  const saved = readSaved(store, storage)
  if (saved) restoreFromFile(store, saved)
  // Read after the saved work is back: its own link may name a pair of the user's cases.
  const base = store.getState().library
  if (isLessonLink(hash)) {
    openLessonLink(store, hash)
    if (saved) noticeDataVersion(store, t('what.saved'), saved.dataVersion)
    offerKeptWork(store, storage)
    return 'link'
  }
  const link = decodeLink(hash, base)
  // Whose data version counts: the work that ends up on screen.
  let shown: [string, string | null | undefined] | null = saved
    ? [t('what.saved'), saved.dataVersion]
    : null
  if (link.session) {
    const replaced = openLinkOver(store, link, link.session, saved, () =>
      storage?.setItem(PREVIOUS_KEY, storage.getItem(SESSION_KEY) ?? ''),
    )
    if (replaced) shown = [t('what.link'), link.dataVersion]
    // A reload shows the app's own fragment: the saved work is what is on screen.
    else if (saved) welcomeBack(store)
    if (shown) noticeDataVersion(store, ...shown)
    // A reload of a link already opened: what was set aside for it is offered back here.
    if (!replaced) offerKeptWork(store, storage)
    return 'link'
  }
  if (link.problems.length > 0) {
    store.getState().notify({
      kind: 'error',
      text: t(saved ? 'link.unreadable-saved' : 'link.unreadable-fresh', {
        problems: link.problems.join(t('link.separator')),
      }),
    })
  }
  if (saved) welcomeBack(store)
  if (shown) noticeDataVersion(store, ...shown)
  offerKeptWork(store, storage)
  return saved ? 'saved' : 'fresh'
}

/** The words of the step that puts a restored page back on history (in English). */
export const START_FROM_HISTORY = persistenceWords.en['log.start-from-history']

/**
 * "2 changes to history and 1 changed setting": what the work on screen holds beyond a fresh
 * start, or null when it holds nothing (history under the standard settings).
 */
export function describeWork(s: ExplorerState): string | null {
  const spans = scenarioToChanges(s.scenario).length
  const settings = (Object.keys(DEFAULT_SETTINGS) as (keyof ModelSettings)[]).filter(
    (k) => s.settings[k] !== DEFAULT_SETTINGS[k],
  ).length
  const changes = t('work.changes', { n: spans, count: String(spans) })
  const changed = t('work.settings', { n: settings, count: String(settings) })
  if (spans > 0 && settings > 0) return t('work.both', { changes, settings: changed })
  return spans > 0 ? changes : settings > 0 ? changed : null
}

/**
 * Says, after a start that put saved work back, that it is back, and offers a clean start: back to
 * history under the standard settings, as one step that Undo takes back. Work that is history as
 * it is needs no such offer.
 */
function welcomeBack(store: Store) {
  const what = describeWork(store.getState())
  if (!what) return
  store.getState().notify({
    kind: 'info',
    text: t('welcome.back', { what }),
    action: {
      label: t('welcome.start'),
      run: () =>
        store
          .getState()
          .replaceModel(
            { scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS },
            t('log.start-from-history'),
          ),
    },
  })
}

/** Copies of work the explorer set aside rather than lose, and how the notices name them. */
const KEPT = [
  [PREVIOUS_KEY, 'kept.previous'],
  [OTHER_TAB_KEY, 'kept.other-tab'],
] as const

/**
 * Offers back, on start, each copy of work that was set aside (when a link was opened over it, or
 * another tab's save was kept aside) and differs from what is on screen. Opening one is an
 * undoable step, after which the copy is no longer needed; dismissing leaves it kept.
 */
function offerKeptWork(store: Store, storage: Storage | null) {
  for (const [key, name] of KEPT) {
    const what = t(name)
    let text: string | null
    try {
      text = storage?.getItem(key) ?? null
    } catch {
      text = null
    }
    if (!text) continue
    const read = readScenarioFile(text, store.getState().library)
    if (!read.ok) continue
    const s = store.getState()
    const kept = { ...read.file.session, view: read.file.session.view ?? s.view }
    const onScreen =
      encodeLink({ ...sessionOf(s), view: kept.view }, s.library) === encodeLink(kept, s.library)
    if (onScreen) continue
    store.getState().notify({
      kind: 'info',
      sticky: true,
      text: t('kept.notice', { what }),
      action: {
        label: t('kept.open'),
        run: () => {
          applyOpened(store, read.file, t('kept.log', { what }))
          try {
            storage?.removeItem(key)
          } catch {
            // It stays kept; nothing is lost.
          }
        },
      },
    })
  }
}

/** The words of the two choices offered when another tab saved different work (in English). */
export const OTHER_TAB_CHANGED = say(persistenceWords, 'tab.changed', {}, 'en')
export const KEEP_THIS_TAB = say(persistenceWords, 'tab.keep-this', { key: OTHER_TAB_KEY }, 'en')

/** What a tab must not lose: the model, the answers and codes, and the reasons in its log. */
function workOf(file: OpenedFile, base: ExplorerState['base']) {
  const { scenario, settings } = file.session
  const sorted = <T>(record: Readonly<Record<string, T>> | undefined) =>
    Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))
  const answers = sorted(file.answers).map(([k, v]) => [
    k,
    v.prediction,
    v.reason,
    v.revealed,
    v.explanation,
    v.after,
  ])
  const codes = sorted(file.codes).map(([k, v]) => [
    k,
    v.alliance,
    v.defence,
    v.threat,
    v.end,
    v.reason,
  ])
  return {
    model: encodeLink({ scenario, settings, view: defaultView(base) }, base),
    answers: JSON.stringify([answers, codes, file.lesson ?? null]),
    reasons: new Set(file.log.flatMap((e) => (e.rationale ? [e.rationale] : []))),
  }
}

/** Whether `other` holds everything of `mine`, so that saving it loses nothing of this tab's. */
function covers(other: OpenedFile, mine: OpenedFile, base: ExplorerState['base']) {
  const a = workOf(other, base)
  const b = workOf(mine, base)
  return (
    a.model === b.model && a.answers === b.answers && [...b.reasons].every((r) => a.reasons.has(r))
  )
}

const currentWork = (s: ExplorerState): OpenedFile => ({
  session: sessionOf(s),
  log: savedLogOf(s),
  ...studentWorkOf(s),
})

/** A fresh page: no step taken, nothing changed, no answer given; nothing to lose. */
const untouched = (s: ExplorerState) =>
  s.log.length === 0 &&
  workOf(currentWork(s), s.library).model === '' &&
  Object.keys(s.answers).length === 0 &&
  Object.keys(s.codes).length === 0 &&
  s.lesson === null

/**
 * Saves the session after every change (debounced) and keeps the URL fragment in step. Also
 * watches the window: a share link pasted or followed into this tab opens as it would on load,
 * and work saved by another tab of the explorer is never overwritten without the user choosing.
 */
export function startAutosave(
  store: Store,
  storage: Storage | null,
  win: Window = window,
  { saveNow = false }: { saveNow?: boolean } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let warnedUnavailable = false
  /** The fragment this tab last wrote, which it must never take for a link pasted in. */
  let ownFragment = (win.location.hash ?? '').replace(/^#/, '')
  /** Set while another tab has saved work this tab's would overwrite. */
  let otherTabSaved = false
  /** The two choices' words as last offered, in the language then in use. */
  let offered = { changed: OTHER_TAB_CHANGED, keep: KEEP_THIS_TAB }
  const dismiss = (text: string) => {
    const n = store.getState().notices.find((x) => x.text === text)
    if (n) store.getState().dismissNotice(n.id)
  }
  const offerChoice = () => {
    offered = { changed: t('tab.changed'), keep: t('tab.keep-this', { key: OTHER_TAB_KEY }) }
    store.getState().notify({
      kind: 'info',
      text: offered.changed,
      action: { label: t('tab.load'), run: loadOtherTab },
    })
    store.getState().notify({
      kind: 'info',
      text: offered.keep,
      action: { label: t('tab.keep'), run: keepThisTab },
    })
  }
  if (isFramed(win)) {
    // Embedded in another site (a learning platform): the browser keeps this page's storage
    // apart from the explorer opened on its own, or refuses it. Say so once; the link still works.
    warnedUnavailable = true
    store.getState().notify({
      kind: 'info',
      text: storage ? t('framed.apart') : t('framed.none'),
    })
  }
  const flush = () => {
    timer = undefined
    const s = store.getState()
    const fragment = linkOf(s)
    ownFragment = fragment
    const url = `${win.location.pathname}${win.location.search}${fragment ? `#${fragment}` : ''}`
    win.history.replaceState(win.history.state, '', url)
    if (!storage) {
      if (!warnedUnavailable) {
        warnedUnavailable = true
        s.notify({
          kind: 'info',
          text: t('no-storage'),
        })
      }
      return
    }
    try {
      const text = writeScenarioFile(sessionOf(s), savedLogOf(s), {
        undo: undoOf(s),
        ...studentWorkOf(s),
      })
      if (otherTabSaved) {
        // The other tab's save stays; this tab's work is kept aside until the user chooses.
        storage.setItem(OTHER_TAB_KEY, text)
        offerChoice()
      } else {
        storage.setItem(SESSION_KEY, text)
      }
    } catch (e) {
      // The last good save stays as it was: setItem writes all or nothing, and nothing smaller is
      // tried in its place.
      s.notify({
        kind: 'error',
        text: t('save.failed', { problem: storageProblem(e) }),
        action: { label: t('save.action'), run: () => downloadScenario(store.getState()) },
      })
    }
  }
  function loadOtherTab() {
    let text: string | null = null
    try {
      text = storage?.getItem(SESSION_KEY) ?? null
    } catch {
      // Read as missing below.
    }
    const result = text === null ? null : readScenarioFile(text, store.getState().library)
    if (!result?.ok) {
      store.getState().notify({
        kind: 'error',
        text: result ? t('tab.unreadable-why', { problem: result.problem }) : t('tab.unreadable'),
      })
      return
    }
    otherTabSaved = false
    dismiss(offered.keep)
    applyOpened(store, result.file, t('tab.loaded-log'))
    store.getState().replaceAnswers(result.file.answers ?? {})
    store.getState().replaceCodes(result.file.codes ?? {})
    store.getState().notify({
      kind: 'info',
      text: t('tab.loaded'),
    })
  }
  function keepThisTab() {
    otherTabSaved = false
    dismiss(offered.changed)
    try {
      const theirs = storage?.getItem(SESSION_KEY)
      if (theirs) storage?.setItem(OTHER_TAB_KEY, theirs)
    } catch {
      // The other tab's work is still open in its own tab.
    }
    if (timer !== undefined) clearTimeout(timer)
    flush()
    store.getState().notify({
      kind: 'info',
      text: t('tab.saved-again', { key: OTHER_TAB_KEY }),
    })
  }
  const onStorage = (e: StorageEvent) => {
    if (!storage || e.key !== SESSION_KEY || e.newValue === null) return
    if (e.storageArea && e.storageArea !== storage) return
    const theirs = readScenarioFile(e.newValue, store.getState().library)
    // An unreadable save from elsewhere holds nothing this tab could load; its work stays here.
    if (!theirs.ok || untouched(store.getState())) return
    if (covers(theirs.file, currentWork(store.getState()), store.getState().library)) return
    otherTabSaved = true
    offerChoice()
  }
  const onHashChange = () => {
    const hash = win.location.hash.replace(/^#/, '')
    // The app's own fragment, or an emptied one, is not a link to open.
    if (!hash || hash === ownFragment) return
    ownFragment = hash
    if (isLessonLink(hash)) {
      openLessonLink(store, hash)
      return
    }
    const link = decodeLink(hash, store.getState().library)
    if (!link.session) {
      store.getState().notify({
        kind: 'error',
        text: t('link.unreadable-current', {
          problems: link.problems.join(t('link.separator')) || t('link.empty'),
        }),
      })
      return
    }
    const s = store.getState()
    // As on load: a page with no work of its own has nothing to offer back.
    const current = untouched(s) ? null : currentWork(s)
    const replaced = openLinkOver(store, link, link.session, current, () =>
      storage?.setItem(
        PREVIOUS_KEY,
        writeScenarioFile(sessionOf(s), savedLogOf(s), studentWorkOf(s)),
      ),
    )
    if (replaced) noticeDataVersion(store, t('what.link'), link.dataVersion)
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.undoStack !== prev.undoStack ||
      s.scenario !== prev.scenario ||
      s.settings !== prev.settings ||
      s.view !== prev.view ||
      s.log !== prev.log ||
      s.rationales !== prev.rationales ||
      s.answers !== prev.answers ||
      s.codes !== prev.codes ||
      s.lesson !== prev.lesson
    ) {
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(flush, SAVE_DELAY_MS)
    }
  })
  const onUnload = () => {
    if (timer !== undefined) flush()
  }
  // Started after the user had already changed something: that change is saved as any other.
  if (saveNow) timer = setTimeout(flush, SAVE_DELAY_MS)
  win.addEventListener('pagehide', onUnload)
  win.addEventListener('storage', onStorage)
  win.addEventListener('hashchange', onHashChange)
  return () => {
    unsubscribe()
    win.removeEventListener('pagehide', onUnload)
    win.removeEventListener('storage', onStorage)
    win.removeEventListener('hashchange', onHashChange)
    if (timer !== undefined) clearTimeout(timer)
  }
}
