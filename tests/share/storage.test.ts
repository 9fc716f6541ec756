// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LEGACY_UNREADABLE_KEY } from '@/share/backups'
import { SAVE_DELAY_MS, startAutosave } from '@/share/persistence'
import { readScenarioFile } from '@/share/scenario-file'
import { hasWorkToRestore, OTHER_TAB_KEY, PREVIOUS_KEY, SESSION_KEY } from '@/share/storage'
import { createExplorerStore } from '@/store/explorer-store'
import { FakeStorage, quietWindow } from './fake-storage'

/*
 * A first visit opens without the readers of links and saved work (and zod with them): the page
 * renders, then the autosave starts. These hold that nothing is read wrongly or lost that way.
 */
describe('starting without the readers', () => {
  afterEach(() => vi.useRealTimers())

  it('is chosen only when there is no link and nothing kept in the browser', () => {
    const storage = new FakeStorage()
    expect(hasWorkToRestore('', storage)).toBe(false)
    expect(hasWorkToRestore('#', storage)).toBe(false)
    expect(hasWorkToRestore('', null)).toBe(false)
    // Settings of the page (projector, reading size) are not work to read.
    storage.data.set('alliance-explorer:display', 'projector')
    expect(hasWorkToRestore('', storage)).toBe(false)
    expect(hasWorkToRestore('#v=1&r=RUS:c1992-2026', storage)).toBe(true)
    for (const key of [SESSION_KEY, PREVIOUS_KEY, OTHER_TAB_KEY, LEGACY_UNREADABLE_KEY]) {
      const kept = new FakeStorage()
      kept.data.set(key, 'anything, even unreadable')
      expect(hasWorkToRestore('', kept), key).toBe(true)
    }
  })

  it('reads storage that fails as work to read, so the reader can say what went wrong', () => {
    const broken = new FakeStorage()
    broken.getItem = () => {
      throw new Error('SecurityError')
    }
    expect(hasWorkToRestore('', broken)).toBe(true)
  })

  it('saves a change made before the autosave arrived, once it starts', () => {
    vi.useFakeTimers()
    const storage = new FakeStorage()
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const stop = startAutosave(store, storage, quietWindow(), { saveNow: true })
    expect(storage.getItem(SESSION_KEY)).toBeNull()
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    const saved = readScenarioFile(storage.getItem(SESSION_KEY)!, store.getState().library)
    expect(saved.ok && saved.file.session.scenario.regime.RUS?.[2000]).toBe('communist')
    stop()
  })
})
