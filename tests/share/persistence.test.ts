// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { writeScenarioFile } from '@/share/scenario-file'
import {
  PREVIOUS_KEY,
  restoreSession,
  SAVE_DELAY_MS,
  SESSION_KEY,
  startAutosave,
} from '@/share/persistence'
import { backupKey } from '@/share/backups'
import { savedLogOf, sessionOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'
import { FakeStorage } from './fake-storage'

/** A store with "Russia stays communist" applied, saved as the autosave would. */
function savedRussia(storage: FakeStorage) {
  const other = createExplorerStore()
  other.getState().togglePreset('russia-stays-communist')
  storage.data.set(
    SESSION_KEY,
    writeScenarioFile(sessionOf(other.getState()), savedLogOf(other.getState())),
  )
}

let storage: FakeStorage
beforeEach(() => {
  storage = new FakeStorage()
})

describe('restoring a session', () => {
  it('brings back the saved work after a reload, log included, with nothing to undo', () => {
    savedRussia(storage)
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('saved')
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(store.getState().log.map((e) => e.text)).toEqual(['Applied "Russia stays communist"'])
    expect(store.getState().undoStack.past).toEqual([])
    // The one word said is that the work is back, with the way to a clean start.
    expect(store.getState().notices).toEqual([
      expect.objectContaining({
        kind: 'info',
        text: 'Your saved work is back: 1 change to history.',
        action: expect.objectContaining({ label: 'Start from history' }),
      }),
    ])
  })

  it('offers to start from history as one step, which Undo takes back', () => {
    const other = createExplorerStore()
    other.getState().togglePreset('russia-stays-communist')
    other.getState().togglePreset('no-sino-soviet-split')
    other.getState().updateSettings({ lag: 5 })
    storage.data.set(
      SESSION_KEY,
      writeScenarioFile(sessionOf(other.getState()), savedLogOf(other.getState())),
    )
    const store = createExplorerStore()
    restoreSession(store, '', storage)
    const [notice] = store.getState().notices
    expect(notice!.text).toBe(
      'Your saved work is back: 3 changes to history and 1 changed model setting.',
    )
    notice!.action!.run()
    expect(store.getState().scenario).toEqual(EMPTY_SCENARIO)
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
    expect(store.getState().log.at(-1)!.text).toBe('Started from history')
    expect(store.getState().undoStack.past).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().scenario).toEqual(other.getState().scenario)
    expect(store.getState().settings.lag).toBe(5)
    expect(store.getState().log.map((e) => e.text)).toEqual(other.getState().log.map((e) => e.text))
  })

  it('says nothing on a fresh start, nor when the saved work is history as it is', () => {
    const fresh = createExplorerStore()
    expect(restoreSession(fresh, '', storage)).toBe('fresh')
    expect(fresh.getState().notices).toEqual([])
    // Work that went back to history (a preset on, then off) has nothing to start over from.
    const other = createExplorerStore()
    other.getState().togglePreset('russia-stays-communist')
    other.getState().togglePreset('russia-stays-communist')
    storage.data.set(
      SESSION_KEY,
      writeScenarioFile(sessionOf(other.getState()), savedLogOf(other.getState())),
    )
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('saved')
    expect(store.getState().log).toHaveLength(2)
    expect(store.getState().notices).toEqual([])
  })

  it('does not say the saved work is back when a link replaced it', () => {
    savedRussia(storage)
    const store = createExplorerStore()
    restoreSession(store, '#v=1&r=PRK:n1994-2026', storage)
    expect(store.getState().notices.map((n) => n.text)).not.toContainEqual(
      expect.stringMatching(/saved work is back/),
    )
  })

  it('opens a shared link on a fresh browser', () => {
    const store = createExplorerStore()
    expect(restoreSession(store, '#v=1&r=PRK:n1994-2026&hist=cow', storage)).toBe('link')
    expect(store.getState().scenario.regime.PRK?.[2000]).toBe('non-communist')
    expect(store.getState().settings.history).toBe('cow')
  })

  it('never silently replaces saved work with a link: it keeps it, says so, and can restore it', () => {
    savedRussia(storage)
    const savedText = storage.getItem(SESSION_KEY)
    const store = createExplorerStore()
    restoreSession(store, '#v=1&r=PRK:n1994-2026', storage)
    expect(store.getState().scenario.regime.PRK).toBeDefined()
    expect(storage.getItem(PREVIOUS_KEY)).toBe(savedText)
    const notice = store.getState().notices[0]!
    expect(notice.text).toMatch(/Your own work from before is kept/)
    // The way back stays on screen until dismissed, however many notices follow.
    for (let i = 0; i < 6; i++) store.getState().notify({ kind: 'info', text: `later ${i}` })
    expect(store.getState().notices).toContain(notice)
    // One Undo goes back to the saved work.
    store.getState().undo()
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(store.getState().scenario.regime.PRK).toBeUndefined()
    store.getState().redo()
    notice.action!.run()
    expect(store.getState().scenario.regime.RUS?.[2000]).toBe('communist')
  })

  it('opens the saved work as a reload when the link shows the same thing', () => {
    savedRussia(storage)
    const store = createExplorerStore()
    restoreSession(store, '#v=1&r=RUS:c1992-2026&years=1990-2026', storage)
    // The link is the page's own fragment: no link was opened, and nothing else is said.
    expect(store.getState().undoStack.past).toEqual([])
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'Your saved work is back: 1 change to history.',
    ])
    expect(store.getState().view.yearFrom).toBe(1990)
  })

  it('shows the saved work and an alert for a link it cannot read', () => {
    savedRussia(storage)
    const store = createExplorerStore()
    expect(restoreSession(store, '#v=1&colour=red', storage)).toBe('saved')
    expect(store.getState().scenario.regime.RUS).toBeDefined()
    const [notice] = store.getState().notices
    expect(notice).toMatchObject({ kind: 'error' })
    expect(notice!.text).toMatch(
      /This link could not be read \(the part "colour".*Your saved work is shown instead/,
    )
  })

  it('keeps an unreadable autosave aside and explains, instead of crashing', () => {
    storage.data.set(SESSION_KEY, '{"format": broken')
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('fresh')
    expect(JSON.parse(storage.getItem(backupKey(1))!)).toMatchObject({ text: '{"format": broken' })
    expect(storage.getItem(SESSION_KEY)).toBeNull()
    expect(store.getState().notices[0]!.text).toMatch(
      /Your saved work could not be read \(the file is not JSON/,
    )
  })

  it('works with no storage at all', () => {
    const store = createExplorerStore()
    expect(restoreSession(store, '', null)).toBe('fresh')
  })
})

describe('autosave', () => {
  const fakeWindow = () => {
    const replaceState = vi.fn()
    return {
      win: {
        location: { pathname: '/', search: '', hash: '' },
        history: { state: null, replaceState },
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
      } as unknown as Window,
      replaceState,
    }
  }

  it('saves after a change and mirrors it in the link, so a reload finds the work', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const { win, replaceState } = fakeWindow()
    const stop = startAutosave(store, storage, win)
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    expect(replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      `/#v=1&d=${DATA_VERSION}&r=RUS:c1992-2026`,
    )
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    expect(reloaded.getState().scenario).toEqual(store.getState().scenario)
    stop()
    vi.useRealTimers()
  })

  it('keeps exercise answers across a reload', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const stop = startAutosave(store, storage, fakeWindow().win)
    store.getState().answer('russia-stays-communist', { prediction: 'yes', reason: 'same party' })
    store
      .getState()
      .answer('no-sino-soviet-split', { prediction: 'no', revealed: true, after: 'yes' })
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    expect(reloaded.getState().answers).toEqual({
      'russia-stays-communist': { prediction: 'yes', reason: 'same party' },
      'no-sino-soviet-split': { prediction: 'no', revealed: true, after: 'yes' },
    })
    stop()
    vi.useRealTimers()
  })

  it("keeps a student's codes of the disputed cases across a reload", () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const stop = startAutosave(store, storage, fakeWindow().win)
    store.getState().code('chn-rus-end', { end: 1980, reason: 'the treaty ran to 1980' })
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    expect(reloaded.getState().codes).toEqual({
      'chn-rus-end': { end: 1980, reason: 'the treaty ran to 1980' },
    })
    stop()
    vi.useRealTimers()
  })

  it('keeps undo history across a reload', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const stop = startAutosave(store, storage, fakeWindow().win)
    store.getState().togglePreset('russia-stays-communist')
    store.getState().togglePreset('no-sino-soviet-split')
    store.getState().undo()
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    const r = () => reloaded.getState()
    expect(r().undoStack.past).toHaveLength(1)
    expect(r().undoStack.future).toHaveLength(1)
    r().redo()
    expect(r().scenario.rift['CHN-RUS']).toBeDefined()
    expect(r().log.map((e) => e.text)).toEqual([
      'Applied "Russia stays communist"',
      'Applied "No Sino-Soviet split"',
    ])
    stop()
    vi.useRealTimers()
  })

  it('says so when storage is full, and the work stays on screen', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    storage.failWith = 'QuotaExceededError'
    const stop = startAutosave(store, storage, fakeWindow().win)
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    expect(store.getState().notices[0]).toMatchObject({ kind: 'error' })
    expect(store.getState().notices[0]!.text).toMatch(/storage for the site is full.*Save scenario/)
    expect(store.getState().scenario.regime.RUS).toBeDefined()
    stop()
    vi.useRealTimers()
  })

  it('says once, at the start, that an embedded explorer keeps its saved work apart', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const { win } = fakeWindow()
    const framed = Object.assign(win, { self: win, top: {} })
    const stop = startAutosave(store, storage, framed)
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/inside another site.*keeps its saved work apart.*Copy link/),
    ])
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    expect(store.getState().notices).toHaveLength(1)
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    expect(reloaded.getState().scenario).toEqual(store.getState().scenario)
    stop()
    vi.useRealTimers()
  })

  it('says once that an embedded explorer cannot save, and keeps the work in the link', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const { win, replaceState } = fakeWindow()
    const stop = startAutosave(store, null, Object.assign(win, { self: win, top: {} }))
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    store.getState().togglePreset('no-sino-soviet-split')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/inside another site.*does not let it save/),
    ])
    expect(replaceState).toHaveBeenLastCalledWith(null, '', expect.stringMatching(/#v=1.*RUS/))
    stop()
    vi.useRealTimers()
  })

  it('says once that nothing can be saved when storage is unavailable', () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const stop = startAutosave(store, null, fakeWindow().win)
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    store.getState().togglePreset('no-sino-soviet-split')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    expect(store.getState().notices).toHaveLength(1)
    expect(store.getState().notices[0]!.text).toMatch(/does not let the explorer save/)
    stop()
    vi.useRealTimers()
  })
})

describe('work set aside is offered back', () => {
  it('reads the work kept when a link was opened over it, and opens it as an undoable step', () => {
    savedRussia(storage)
    const first = createExplorerStore()
    restoreSession(first, '#v=1&r=PRK:n1994-2026', storage)
    // The autosave then holds the link's work; the earlier work is kept aside.
    const later = createExplorerStore()
    storage.setItem(
      SESSION_KEY,
      writeScenarioFile(
        {
          scenario: first.getState().scenario,
          settings: first.getState().settings,
          view: first.getState().view,
        },
        [],
      ),
    )
    expect(restoreSession(later, '', storage)).toBe('saved')
    const offer = later
      .getState()
      .notices.find((n) => /still keeps the work you had before/.test(n.text))!
    expect(offer.sticky).toBe(true)
    offer.action!.run()
    expect(later.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(storage.getItem(PREVIOUS_KEY)).toBeNull()
    later.getState().undo()
    expect(later.getState().scenario.regime.PRK).toBeDefined()
  })
})
