// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { COMPILED } from '@/data'
import {
  backupKey,
  clearBackup,
  keepBackup,
  LEGACY_UNREADABLE_KEY,
  readBackups,
} from '@/share/backups'
import { restoreSession, SAVE_DELAY_MS, SESSION_KEY, startAutosave } from '@/share/persistence'
import { salvageScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf, undoOf } from '@/share/session'
import { createExplorerStore, type ExplorerState } from '@/store/explorer-store'
import { FakeStorage, quietWindow } from './fake-storage'

const downloads = vi.hoisted(() => [] as { name: string; text: Promise<string> }[])
vi.mock('@/lib/download', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ name, text: blob.text() }),
  isFramed: () => false,
}))

const autosave = (s: ExplorerState) =>
  writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), ...studentWorkOf(s) })

/** Saved work with a preset, a narrowed view and an answer, as the autosave JSON object. */
function savedWork() {
  const store = createExplorerStore()
  store.getState().togglePreset('russia-stays-communist')
  store.getState().togglePreset('no-sino-soviet-split')
  store.getState().setYearRange(1960, 1990)
  return JSON.parse(autosave(store.getState())) as Record<string, unknown>
}

let storage: FakeStorage
beforeEach(() => {
  storage = new FakeStorage()
  downloads.length = 0
})

describe('loading saved work keeps every field that reads', () => {
  it('never lets codes under a hostile key into the store, and keeps the rest of the work', () => {
    const work = savedWork()
    // JSON.parse makes "__proto__" an own key: the schema skips it, so nothing is polluted.
    const text = JSON.stringify(work).replace(
      /}\s*$/,
      ',"codes":{"__proto__":{"alliance":"yes"},"chn-rus-end":{"end":1980}}}',
    )
    storage.data.set(SESSION_KEY, text)
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('saved')
    expect(store.getState().codes).toEqual({ 'chn-rus-end': { end: 1980 } })
    expect(Object.getPrototypeOf(store.getState().codes)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).alliance).toBeUndefined()

    // A key no item could have is refused with the codes, and named; the model stays.
    storage.data.set(
      SESSION_KEY,
      JSON.stringify(work).replace(/}\s*$/, ',"codes":{"Robert\'); DROP":{"alliance":"yes"}}}'),
    )
    const other = createExplorerStore()
    expect(restoreSession(other, '', storage)).toBe('saved')
    expect(other.getState().codes).toEqual({})
    expect(other.getState().scenario.regime.RUS?.[2000]).toBe('communist')
    expect(other.getState().notices[0]!.text).toMatch(
      /restored, except your codes of the disputed cases \(codes/,
    )
  })

  it('resets only a bad view, keeps the changes and log, and names the view', async () => {
    const work = savedWork()
    work.view = { ...(work.view as object), yearFrom: 1200 }
    const text = JSON.stringify(work)
    storage.data.set(SESSION_KEY, text)
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('saved')
    const s = store.getState()
    expect(s.scenario.regime.RUS?.[2000]).toBe('communist')
    expect(s.log).toHaveLength(2)
    expect(s.view.yearFrom).toBe(COMPILED.firstYear)
    const notice = s.notices[0]!
    expect(notice.text).toMatch(/restored, except the view \(view: the year range 1200/)
    expect(notice.text).not.toMatch(/changes|log of changes|settings/)
    expect(notice.action?.label).toBe('Download the saved copy')
    // The text as it was is kept, and the notice hands it over unchanged.
    expect(readBackups(storage)).toMatchObject([{ slot: 1, text }])
    notice.action!.run()
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.name).toMatch(/^alliance-explorer_unreadable-save_.*\.json$/)
    expect(await downloads[0]!.text).toBe(text)
  })

  it('drops one change with an unknown pair and keeps the others', () => {
    const work = savedWork()
    const changes = work.changes as Record<string, unknown>[]
    work.changes = [...changes, { ...changes[0], id: 'NOWHERE' }]
    const r = salvageScenarioFile(JSON.stringify(work), COMPILED)
    if (!r.ok) throw new Error(r.problem)
    expect(r.lost).toEqual([{ field: 'changes', problem: expect.stringMatching(/NOWHERE/) }])
    expect(r.file.session.scenario.regime.RUS?.[2000]).toBe('communist')
    expect(r.file.log).toHaveLength(2)
  })

  it('names several bad fields and resets each to its default', () => {
    const work = savedWork()
    work.settings = { rule: 'nonsense' }
    work.log = 'not a list'
    const r = salvageScenarioFile(JSON.stringify(work), COMPILED)
    if (!r.ok) throw new Error(r.problem)
    expect(r.lost.map((l) => l.field).sort()).toEqual(['log', 'settings'])
    expect(r.file.session.scenario.regime.RUS?.[2000]).toBe('communist')
    expect(r.file.session.view?.yearFrom).toBe(1960)
  })

  it('still refuses text that is not a scenario at all, and keeps it as a backup', () => {
    storage.data.set(SESSION_KEY, '{"format": broken')
    const store = createExplorerStore()
    expect(restoreSession(store, '', storage)).toBe('fresh')
    expect(readBackups(storage).map((b) => b.text)).toEqual(['{"format": broken'])
  })
})

describe('backups of unreadable saves', () => {
  it('fills three slots and never writes over them; clearing one frees it', () => {
    expect(keepBackup(storage, 'one', 'r1')).toBe(1)
    expect(keepBackup(storage, 'two', 'r2')).toBe(2)
    expect(keepBackup(storage, 'one', 'r1 again')).toBe(1)
    expect(keepBackup(storage, 'three', 'r3')).toBe(3)
    expect(keepBackup(storage, 'four', 'r4')).toBeNull()
    expect(readBackups(storage).map((b) => b.text)).toEqual(['one', 'two', 'three'])
    clearBackup(storage, 2)
    expect(keepBackup(storage, 'four', 'r4')).toBe(2)
    expect(readBackups(storage).map((b) => [b.slot, b.text, b.reason])).toEqual([
      [1, 'one', 'r1'],
      [2, 'four', 'r4'],
      [3, 'three', 'r3'],
    ])
  })

  it("moves the first release's single unreadable copy into a backup the share panel offers", () => {
    storage.setItem(LEGACY_UNREADABLE_KEY, '{"not": "a scenario"')
    restoreSession(createExplorerStore(), '', storage)
    expect(readBackups(storage).map((b) => b.text)).toEqual(['{"not": "a scenario"'])
    expect(storage.getItem(LEGACY_UNREADABLE_KEY)).toBeNull()
    // With every slot taken it stays where it was, never dropped.
    storage.setItem(LEGACY_UNREADABLE_KEY, 'old copy')
    keepBackup(storage, 'two', 'r')
    keepBackup(storage, 'three', 'r')
    restoreSession(createExplorerStore(), '', storage)
    expect(storage.getItem(LEGACY_UNREADABLE_KEY)).toBe('old copy')
  })

  it('when all three are kept, a new failure leaves them and offers its own copy for download', async () => {
    for (const t of ['a', 'b', 'c']) keepBackup(storage, t, 'earlier')
    storage.data.set(SESSION_KEY, 'not json')
    const store = createExplorerStore()
    restoreSession(store, '', storage)
    expect([1, 2, 3].map((i) => JSON.parse(storage.getItem(backupKey(i))!).text)).toEqual([
      'a',
      'b',
      'c',
    ])
    const notice = store.getState().notices[0]!
    expect(notice.text).toMatch(/backups of earlier unreadable saves are all kept.*download it now/)
    notice.action!.run()
    expect(await downloads[0]!.text).toBe('not json')
  })
})

describe('when storage is full', () => {
  it('keeps the last good save as it was and offers "Save scenario"', async () => {
    vi.useFakeTimers()
    const store = createExplorerStore()
    const stop = startAutosave(store, storage, quietWindow())
    store.getState().togglePreset('russia-stays-communist')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    const good = storage.getItem(SESSION_KEY)
    expect(good).toMatch(/RUS/)
    storage.failWith = 'QuotaExceededError'
    store.getState().togglePreset('no-sino-soviet-split')
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1)
    stop()
    vi.useRealTimers()
    expect(storage.getItem(SESSION_KEY)).toBe(good)
    const notice = store.getState().notices.at(-1)!
    expect(notice.text).toMatch(/storage for the site is full/)
    expect(notice.action?.label).toBe('Save scenario')
    notice.action!.run()
    expect(downloads[0]!.name).toMatch(/^alliance-explorer_scenario_.*\.json$/)
    // The download holds the work on screen, both presets included.
    const saved = JSON.parse(await downloads[0]!.text) as { log: { text: string }[] }
    expect(saved.log.map((e) => e.text)).toEqual([
      'Applied "Russia stays communist"',
      'Applied "No Sino-Soviet split"',
    ])
  })
})
