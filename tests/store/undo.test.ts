// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { createExplorerStore, MAX_UNDO } from '@/store/explorer-store'

describe('undo and redo', () => {
  it('step back and forward through scenario and settings changes, with the log', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().togglePreset('russia-stays-communist')
    s().updateSettings({ history: 'treaty_any' })
    s().toggleCell('regime', 'LAO', 1960)
    expect(s().log.map((e) => e.text)).toEqual([
      'Applied "Russia stays communist"',
      'Alliance definition: any bilateral security treaty',
      'Kingdom of Laos communist 1960',
    ])
    s().undo()
    expect(s().scenario.regime.LAO).toBeUndefined()
    expect(s().log).toHaveLength(2)
    s().undo()
    expect(s().settings.history).toBe('essay')
    s().redo()
    expect(s().settings.history).toBe('treaty_any')
    s().redo()
    expect(s().scenario.regime.LAO).toEqual({ 1960: 'communist' })
    s().redo() // nothing left: no change
    expect(s().log).toHaveLength(3)
  })

  it('drops the redo branch when a new change is made', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().togglePreset('russia-stays-communist')
    s().undo()
    s().togglePreset('no-sino-soviet-split')
    expect(s().undoStack.future).toEqual([])
    s().redo()
    expect(s().scenario.regime.RUS).toBeUndefined()
  })

  it('keeps at least a hundred steps', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    for (let y = 1949; y < 1949 + 150; y++)
      s().toggleCell('threat', 'CHN-USA', 1949 + ((y - 1949) % 78))
    expect(s().undoStack.past.length).toBe(Math.min(150, MAX_UNDO))
    for (let i = 0; i < 150; i++) s().undo()
    expect(s().scenario).toEqual(EMPTY_SCENARIO)
    for (let i = 0; i < 150; i++) s().redo()
    expect(s().undoStack.future).toEqual([])
  })

  it('makes one step of one gesture (a drag, a typed number)', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().toggleCell('regime', 'RUS', 1992, 'drag-1')
    s().setCells('regime', 'RUS', 1992, 1995, 'communist', 'drag-1')
    s().setCells('regime', 'RUS', 1992, 2000, 'communist', 'drag-1')
    expect(s().undoStack.past).toHaveLength(1)
    expect(s().log.map((e) => e.text)).toEqual(['Russian Federation communist 1992–2000'])
    s().updateSettings({ rule: 'two-criteria-lag' })
    s().updateSettings({ lag: 1 }, 'lag')
    s().updateSettings({ lag: 12 }, 'lag')
    expect(s().undoStack.past).toHaveLength(3)
    s().undo()
    expect(s().settings.lag).toBe(3)
  })

  it('does not record a step for a change that changes nothing', () => {
    const store = createExplorerStore()
    store.getState().setCells('regime', 'RUS', 1949, 1991, 'communist')
    store.getState().updateSettings({ rule: 'two-criteria' })
    expect(store.getState().undoStack.past).toEqual([])
    expect(store.getState().log).toEqual([])
  })

  it('keeps reasons outside undo, so typing one is never undone', () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const id = store.getState().log[0]!.id
    store.getState().setRationale(id, 'Moscow keeps the party')
    expect(store.getState().undoStack.past).toHaveLength(1)
    expect(store.getState().rationales[id]).toBe('Moscow keeps the party')
  })
})
