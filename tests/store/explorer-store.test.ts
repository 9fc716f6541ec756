// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { createExplorerStore, NO_TABLE_FILTER } from '@/store/explorer-store'

describe('the explorer store', () => {
  it('opens on history with the essay reading', () => {
    const s = createExplorerStore().getState()
    expect(s.scenario).toEqual(EMPTY_SCENARIO)
    expect(s.settings).toEqual(DEFAULT_SETTINGS)
    expect(s.view).toMatchObject({
      yearFrom: 1949,
      yearTo: 2026,
      focus: null,
      hiddenDyads: [],
      table: NO_TABLE_FILTER,
    })
  })

  it('toggles a cell, and toggling it again gives back history', () => {
    const store = createExplorerStore()
    store.getState().toggleCell('regime', 'RUS', 1993)
    expect(store.getState().scenario.regime).toEqual({ RUS: { 1993: 'communist' } })
    store.getState().toggleCell('regime', 'RUS', 1993)
    expect(store.getState().scenario).toEqual(EMPTY_SCENARIO)
  })

  it('reads a contested threat as the settings do when flipping it', () => {
    const store = createExplorerStore()
    store.getState().updateSettings({ contestedThreat: 'not-shared' })
    store.getState().toggleCell('threat', 'VNM-RUS', 1993)
    expect(store.getState().scenario.threat).toEqual({ 'VNM-RUS': { 1993: 'yes' } })
  })

  it('sets a span of years at once', () => {
    const store = createExplorerStore()
    store.getState().setCells('rift', 'CHN-RUS', 1970, 1960, false)
    expect(Object.keys(store.getState().scenario.rift['CHN-RUS']!)).toHaveLength(11)
  })

  it('applies presets, combines them, takes one back off, and resets', () => {
    const store = createExplorerStore()
    const { togglePreset } = store.getState()
    togglePreset('russia-stays-communist')
    togglePreset('north-korea-abandons-communism')
    expect(Object.keys(store.getState().scenario.regime).sort()).toEqual(['PRK', 'RUS'])
    togglePreset('russia-stays-communist')
    expect(Object.keys(store.getState().scenario.regime)).toEqual(['PRK'])
    store.getState().resetScenario()
    expect(store.getState().scenario).toEqual(EMPTY_SCENARIO)
  })

  it('keeps the year range in order and inside the data', () => {
    const store = createExplorerStore()
    store.getState().setYearRange(2100, 1990)
    expect(store.getState().view).toMatchObject({ yearFrom: 1990, yearTo: 2026 })
  })

  it('does not replace the view when the focus does not move', () => {
    const store = createExplorerStore()
    store.getState().setFocus({ dyad: 'VNM-RUS', year: 1992 })
    const view = store.getState().view
    store.getState().setFocus({ dyad: 'VNM-RUS', year: 1992 })
    expect(store.getState().view).toBe(view)
  })
})

describe('small faults, closed', () => {
  it('replacing the model with the work already on screen adds no step and no log line', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().togglePreset('russia-stays-communist')
    const mine = { scenario: s().scenario, settings: s().settings }
    s().replaceModel({ scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS }, 'Opened a link', [])
    s().undo() // back to my work
    const log = s().log.map((e) => e.text)
    // "Restore my previous work" after that Undo: the same work, so nothing is duplicated.
    s().replaceModel(mine, 'Restored your previous work', ['Applied "Russia stays communist"'])
    expect(s().log.map((e) => e.text)).toEqual(log)
  })

  it('keeps a sticky notice however many notices follow, and the newest four others', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().notify({ kind: 'info', text: 'Restore me', sticky: true })
    for (let i = 0; i < 10; i++) s().notify({ kind: 'info', text: `notice ${i}` })
    expect(s().notices.map((n) => n.text)).toEqual([
      'Restore me',
      'notice 6',
      'notice 7',
      'notice 8',
      'notice 9',
    ])
  })
})

describe('resetStore', () => {
  it('moves a store to another dataset, with its actions still working on it', async () => {
    const { benchmarkBase } = await import('@/data/benchmark')
    const { resetStore } = await import('@/store/explorer-store')
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const { base, presets } = benchmarkBase()
    resetStore(store, base, presets)
    expect(store.getState().base).toBe(base)
    expect(store.getState().scenario).toEqual(EMPTY_SCENARIO)
    store.getState().togglePreset(presets[0]!.id)
    expect(Object.keys(store.getState().scenario.regime)).toEqual([base.states[0]])
  })
})
