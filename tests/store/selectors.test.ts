// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createExplorerStore } from '@/store/explorer-store'
import {
  selectActivePresets,
  selectAgreementByYear,
  selectBaseline,
  selectDivergence,
  selectEvaluation,
  selectRows,
  selectScenarioDescription,
  selectSummary,
  selectTableRows,
} from '@/store/selectors'

describe('selectors', () => {
  it('keep their references while unrelated state changes', () => {
    const store = createExplorerStore()
    const selectors = [
      selectEvaluation,
      selectBaseline,
      selectRows,
      selectSummary,
      selectDivergence,
      selectAgreementByYear,
      selectActivePresets,
    ]
    const refs = selectors.map((f) => f(store.getState()))
    store.getState().setFocus({ dyad: 'CHN-USA', year: 1980 })
    store.getState().setYearRange(1950, 2000)
    const again = selectors.map((f) => f(store.getState()))
    again.forEach((r, i) => expect(r).toBe(refs[i]))
  })

  it('recompute only the dyads a toggle touches', () => {
    const store = createExplorerStore()
    const before = selectEvaluation(store.getState())
    const rowsBefore = selectRows(store.getState())
    store.getState().toggleCell('threat', 'CHN-USA', 1980)
    const after = selectEvaluation(store.getState())
    const changed = after.dyads.filter((d, i) => d !== before.dyads[i]).map((d) => d.dyad.id)
    expect(changed).toEqual(['CHN-USA'])
    // Rows of untouched dyads are the same objects.
    const rowsAfter = selectRows(store.getState())
    expect(rowsAfter).not.toBe(rowsBefore)
    expect(rowsAfter[0]).toBe(rowsBefore[0])
    expect(selectBaseline(store.getState())).toBe(selectBaseline({ ...store.getState() }))
  })

  it('describe the scenario by its presets and further changes', () => {
    const store = createExplorerStore()
    expect(selectScenarioDescription(store.getState())).toBe('history as coded')
    store.getState().togglePreset('russia-stays-communist')
    expect(selectActivePresets(store.getState())).toEqual(['russia-stays-communist'])
    expect(selectScenarioDescription(store.getState())).toBe('Russia stays communist')
    store.getState().toggleCell('regime', 'LAO', 1960)
    expect(selectScenarioDescription(store.getState())).toBe(
      'Russia stays communist; 1 further change',
    )
  })

  it('report the divergence of "Russia stays communist" from the baseline', () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const d = selectDivergence(store.getState())
    expect(d.first).toMatchObject({ dyad: 'VNM-RUS', year: 1992 })
    expect(d.byDyad.map((x) => x.dyad)).toEqual(['CHN-RUS', 'VNM-RUS', 'PRK-RUS'])
  })

  it('filter the table rows by pair, outcome, divergence, search and year range', () => {
    const store = createExplorerStore()
    const { setTableFilter, setYearRange } = store.getState()
    expect(selectTableRows(store.getState())).toHaveLength(858)
    setTableFilter({ dyad: 'VNM-RUS' })
    expect(selectTableRows(store.getState())).toHaveLength(78)
    // China–North Vietnam 1950–53: a contested threat counts as shared, the essay starts in 1954.
    setTableFilter({ dyad: 'CHN-VNM', divergentOnly: true })
    expect(selectTableRows(store.getState()).map((r) => r.year)).toEqual([1950, 1951, 1952, 1953])
    setTableFilter({ dyad: 'VNM-RUS', divergentOnly: false, outcomes: ['hit'], search: '198' })
    expect(selectTableRows(store.getState())).toHaveLength(10)
    setTableFilter({ outcomes: [], search: '' })
    setYearRange(1990, 1999)
    expect(selectTableRows(store.getState())).toHaveLength(10)
  })

  it('give agreement with history per year for baseline and scenario', () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const byYear = selectAgreementByYear(store.getState())
    const y1993 = byYear.find((y) => y.year === 1993)!
    // Vietnam–Russia becomes a false alarm in 1993: one pair of eleven.
    expect(y1993.baseline - y1993.scenario).toBeCloseTo(100 / 11)
  })
})
