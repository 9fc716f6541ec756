// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COMPILED } from '@/data'
import { LIMITS } from '@/model/limits'
import { restoreSession, SAVE_DELAY_MS, SESSION_KEY, startAutosave } from '@/share/persistence'
import { readScenarioFile } from '@/share/scenario-file'
import { createExplorerStore, MAX_UNDO } from '@/store/explorer-store'
import { FakeStorage, quietWindow } from './fake-storage'

/*
 * Loss path: more than 10,000 steps in the log. A save holds at most LIMITS.logEntries entries,
 * so the store keeps the newest ones (the undo history shifted to match), and the autosave of a
 * long session still reads back whole, with Undo and Redo working after a reload.
 */

let storage: FakeStorage
beforeEach(() => {
  storage = new FakeStorage()
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** The most log entries the store, and so a save, holds. */
const SAVED = LIMITS.logEntries

describe('a log of more than 10,000 steps', () => {
  it('is saved with its newest entries, and Undo still works after a reload', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    const texts: string[] = []
    const step = (i: number) => {
      // One cell at a time, over a few years: every step is one log entry.
      s().toggleCell('regime', 'RUS', COMPILED.firstYear + (i % 5))
      texts.push(s().log.at(-1)!.text)
    }
    step(0)
    s().setRationale(s().log[0]!.id, 'my very first step')
    for (let i = 1; i < 10_010; i++) step(i)

    const stop = startAutosave(store, storage, quietWindow())
    s().setRationale(s().log.at(-1)!.id, 'my latest step')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    stop()
    expect(s().notices).toEqual([])
    const read = readScenarioFile(storage.getItem(SESSION_KEY)!, COMPILED)
    if (!read.ok) throw new Error(`the autosave was refused: ${read.problem}`)
    expect(read.file.log.map((e) => e.text)).toEqual(texts.slice(-SAVED))
    expect(read.file.log.at(-1)!.rationale).toBe('my latest step')
    // The store never held more: the oldest steps gave way, their reasons with them.
    expect(s().log).toHaveLength(SAVED)
    expect(s().undoStack.past).toHaveLength(MAX_UNDO)
    expect(Object.values(s().rationales)).not.toContain('my very first step')

    const reloaded = createExplorerStore()
    const r = () => reloaded.getState()
    expect(restoreSession(reloaded, '', storage)).toBe('saved')
    expect(r().notices).toEqual([])
    expect(r().log.map((e) => e.text)).toEqual(texts.slice(-SAVED))
    expect(r().rationales[r().log.at(-1)!.id]).toBe('my latest step')
    // Undo and Redo in the reloaded tab do what they do in the tab that made the steps.
    for (let i = 0; i < 3; i++) {
      s().undo()
      r().undo()
      expect(r().scenario).toEqual(s().scenario)
      expect(r().log.map((e) => e.text)).toEqual(s().log.map((e) => e.text))
    }
    expect(r().log.map((e) => e.text)).toEqual(texts.slice(-SAVED, -3))
    s().redo()
    r().redo()
    expect(r().scenario).toEqual(s().scenario)
    expect(r().log.map((e) => e.text)).toEqual(texts.slice(-SAVED, -2))
  })
})
