// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { OUTCOMES } from '@/model/evaluate'
import { createExplorerStore } from '@/store/explorer-store'
import { differenceRuns } from '@/ui/runs'
import {
  selectActivePresets,
  selectAgreementByYear,
  selectBaseline,
  dyadRowsOf,
  selectDivergence,
  selectEvaluation,
  movedRunsOf,
  runsWithin,
  selectMovedRuns,
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

  it("give one pair's rows, the same as the full table's, with every case shown", () => {
    const store = createExplorerStore()
    store.getState().updateSettings({ cases: 'all' })
    store.getState().togglePreset('russia-stays-communist')
    const s = store.getState()
    const e = selectEvaluation(s)
    const all = selectRows(s)
    // Yugoslavia's pairs have no rows after 1992, so a pair's rows are not 78 in a row.
    const yug = e.dyads.find((d) => d.dyad.id === 'RUS-YUG')!
    expect(dyadRowsOf(e, yug).at(-1)?.year).toBe(1992)
    for (const de of e.dyads) {
      const rows = dyadRowsOf(e, de)
      expect(rows).toEqual(all.filter((r) => r.dyad === de.dyad.id))
      // Built once: the full table and the focus details share them.
      expect(dyadRowsOf(e, de)).toBe(rows)
    }
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

  it('leave out of the agreement per year a pair whose state did not exist that year', () => {
    const store = createExplorerStore()
    store.getState().updateSettings({ cases: 'all' })
    const e = selectEvaluation(store.getState())
    const byYear = selectAgreementByYear(store.getState())
    const notCovered = OUTCOMES.indexOf('not_covered')
    // A year after Yugoslavia's end in which the model gets some pair wrong, so that counting its
    // three absent pairs as agreeing would show.
    const checked = byYear.filter((y) => y.year > 1992 && y.scenario < 100)
    expect(checked.length).toBeGreaterThan(0)
    for (const { year, scenario } of checked) {
      const i = year - e.compiled.firstYear
      const scored = e.dyads.filter((d) => d.outcome[i]! < notCovered)
      expect(scored, `${year}`).toHaveLength(22) // 25 pairs, less the three Yugoslav ones
      const agree = scored.filter((d) => d.predicted[i] === d.history[i]).length
      expect(scenario, `${year}`).toBeCloseTo((100 * agree) / 22)
    }
  })

  it('name, per pair, the years the scenario moves the prediction, as the timeline draws them', () => {
    const store = createExplorerStore()
    expect(selectMovedRuns(store.getState()).every((runs) => runs.length === 0)).toBe(true)
    store.getState().togglePreset('russia-stays-communist')
    const s = store.getState()
    const moved = selectMovedRuns(s)
    const { dyads, dyadIndex, firstYear } = s.base
    expect(moved).toHaveLength(dyads.length)
    expect(moved[dyadIndex.get('VNM-RUS')!]).toEqual([[1992, 1994]])
    expect(moved[dyadIndex.get('CHN-RUS')!]).toEqual([[2007, 2026]])
    expect(moved[dyadIndex.get('VNM-LAO')!]).toEqual([])
    // The same runs, pair by pair, as comparing the two predictions year by year.
    const scenario = selectEvaluation(s)
    const baseline = selectBaseline(s)
    moved.forEach((runs, k) =>
      expect(runs).toEqual(
        differenceRuns(scenario.dyads[k]!.predicted, baseline.dyads[k]!.predicted, firstYear),
      ),
    )
    // Also under another rule, where the baseline itself moves.
    store.getState().updateSettings({ rule: 'security-only' })
    store.getState().toggleCell('threat', 'VNM-LAO', 1980)
    const t = store.getState()
    selectMovedRuns(t).forEach((runs, k) =>
      expect(runs).toEqual(
        differenceRuns(
          selectEvaluation(t).dyads[k]!.predicted,
          selectBaseline(t).dyads[k]!.predicted,
          firstYear,
        ),
      ),
    )
  })

  it("keep the moved runs, and each untouched pair's runs, as the same objects", () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const before = selectMovedRuns(store.getState())
    store.getState().setFocus({ dyad: 'CHN-USA', year: 1980 })
    store.getState().setYearRange(1950, 2000)
    store.getState().setTableFilter({ search: 'laos' })
    expect(selectMovedRuns(store.getState())).toBe(before)
    // A toggle on China–North Korea gives a new list, but every other pair's runs are the same
    // arrays.
    store.getState().toggleCell('threat', 'CHN-PRK', 1980)
    const after = selectMovedRuns(store.getState())
    const chnPrk = store.getState().base.dyadIndex.get('CHN-PRK')!
    expect(after).not.toBe(before)
    after.forEach((runs, k) => {
      if (k !== chnPrk) expect(runs).toBe(before[k])
    })
    expect(after[chnPrk]).toEqual([[1980, 1980]])
    // Given nothing to reuse, the same runs are worked out afresh.
    const fresh = movedRunsOf(selectEvaluation(store.getState()), selectBaseline(store.getState()))
    expect(fresh.byDyad).toEqual(after)
  })

  it('cut runs to the years shown, keeping the same array when all of them are inside', () => {
    const runs = [
      [1950, 1955],
      [1990, 1995],
    ] as const
    expect(runsWithin(runs, 1949, 2026)).toBe(runs)
    expect(runsWithin(runs, 1953, 1992)).toEqual([
      [1953, 1955],
      [1990, 1992],
    ])
    expect(runsWithin(runs, 1960, 1980)).toEqual([])
    // As the timeline worked them out before: the difference in the years shown.
    const a = Uint8Array.from({ length: 78 }, (_, i) => (i % 7 < 3 ? 1 : 0))
    const b = Uint8Array.from({ length: 78 }, (_, i) => (i % 5 < 2 ? 1 : 0))
    const all = differenceRuns(a, b, 1949)
    expect(runsWithin(all, 1960, 2001)).toEqual(differenceRuns(a, b, 1949, 1960, 2001))
  })
})
