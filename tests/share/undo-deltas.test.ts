// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { scenarioToChanges } from '@/model/changes'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { restoreFromFile } from '@/share/persistence'
import { savedLogOf, sessionOf, undoOf } from '@/share/session'
import { createExplorerStore, MAX_UNDO, type ExplorerState } from '@/store/explorer-store'
import { worstCaseWork } from '@/store/heavy-work'

const autosave = (s: ExplorerState) =>
  writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), answers: s.answers })

/** The model history of a store, comparable across stores. */
const history = (s: ExplorerState) =>
  [...s.undoStack.past, { ...s, logLength: s.log.length }, ...s.undoStack.future].map((st) => ({
    changes: scenarioToChanges(st.scenario),
    settings: st.settings,
    log: s.undoStack.entries.slice(0, st.logLength).map((e) => e.text),
  }))

describe('the autosave keeps undo steps as deltas', () => {
  it('round-trips the undo history exactly, past and future', () => {
    const store = createExplorerStore()
    const s = store.getState()
    s.togglePreset('russia-stays-communist')
    s.toggleCell('threat', COMPILED.dyads[0]!.id, 1970)
    s.updateSettings({ lag: 2 })
    s.toggleCell('regime', 'CHN', 1980)
    s.toggleCell('threat', COMPILED.dyads[0]!.id, 1970)
    store.getState().undo()
    store.getState().undo()
    const read = readScenarioFile(autosave(store.getState()), COMPILED)
    if (!read.ok) throw new Error(read.problem)
    const again = createExplorerStore()
    restoreFromFile(again, read.file)
    expect(history(again.getState())).toEqual(history(store.getState()))
    expect(again.getState().undoStack.future).toHaveLength(2)
  })

  it('still reads an autosave whose steps are whole change lists (the older format)', () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    store.getState().toggleCell('regime', 'CHN', 1980)
    store.getState().undo()
    const file = JSON.parse(autosave(store.getState())) as Record<string, unknown>
    const full = (st: ExplorerState['undoStack']['past'][number]) => ({
      changes: scenarioToChanges(st.scenario),
      settings: st.settings,
      logLength: st.logLength,
    })
    const { past, future } = store.getState().undoStack
    file.undo = { ...(file.undo as object), past: past.map(full), future: future.map(full) }
    const read = readScenarioFile(JSON.stringify(file), COMPILED)
    if (!read.ok) throw new Error(read.problem)
    const again = createExplorerStore()
    restoreFromFile(again, read.file)
    expect(history(again.getState())).toEqual(history(store.getState()))
  })

  it('keeps the 200-step worst case far below the storage quota and the full-list size', () => {
    const store = worstCaseWork()
    const s = store.getState()
    expect(s.undoStack.past).toHaveLength(MAX_UNDO)
    const text = autosave(s)
    // What the full-list format wrote: every step's whole change list.
    const fullListSize = JSON.stringify(
      s.undoStack.past.map((st) => scenarioToChanges(st.scenario)),
      null,
      2,
    ).length
    // Browsers give a site about 5 MB: the full lists alone did not fit.
    expect(fullListSize).toBeGreaterThan(5 * 2 ** 20)
    // The deltas add little to the present scenario's own list: stay under a fifth of the quota.
    expect(text.length).toBeLessThan(2 ** 20)
    expect(text.length * 20).toBeLessThan(fullListSize)
    const read = readScenarioFile(text, COMPILED)
    if (!read.ok) throw new Error(read.problem)
    const again = createExplorerStore()
    restoreFromFile(again, read.file)
    expect(history(again.getState())).toEqual(history(s))
  }, 60_000)
})
