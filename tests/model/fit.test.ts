// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { compileDataset } from '@/model/compile'
import { DEFAULT_SETTINGS, evaluate, NOT_COVERED, OUTCOMES } from '@/model/evaluate'
import { metricsOf, momentsOf, trivialScores } from '@/model/metrics'
import { buildRows } from '@/model/rows'
import { EMPTY_SCENARIO, setSpan } from '@/model/scenario'
import type { Dataset } from '@/model/types'
import { cell, tinyDataset } from '../fixtures'

const dyadYears = COMPILED.dyads.length * COMPILED.yearCount
const baseline = (history: (typeof DEFAULT_SETTINGS)['history']) =>
  evaluate(COMPILED, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, history })

describe('years a dataset does not cover', () => {
  it('are not scored as "no alliance" when COW or ATOP is the history', () => {
    const cow = baseline('cow')
    const chnPrk = cow.dyads[COMPILED.dyadIndex.get('CHN-PRK')!]!
    const at = (y: number) => OUTCOMES[chnPrk.outcome[y - COMPILED.firstYear]!]
    // The 1961 treaty is plainly in force; COW's data simply end in 2012.
    expect(at(2012)).toBe('hit')
    expect(at(2013)).toBe('not_covered')
    expect(chnPrk.outcome[2026 - COMPILED.firstYear]).toBe(NOT_COVERED)
    const after2012 = Array.from(chnPrk.outcome.slice(2013 - COMPILED.firstYear))
    expect(after2012.every((o) => o === NOT_COVERED)).toBe(true)
    // Every pair whose states outlive 2012 loses 2013–2026, and the totals say so; a pair's years
    // without one of its states (Yugoslavia after 1992) are absent, not uncovered.
    const lasting = COMPILED.dyads.filter((d) => d.exists === null).length
    expect(lasting).toBeGreaterThanOrEqual(11)
    expect(cow.uncovered).toBe(lasting * 14)
    expect(metricsOf(cow.counts).total).toBe(dyadYears - cow.absent - lasting * 14)
    expect(baseline('atop').uncovered).toBe(lasting * 8)
    expect(baseline('essay').uncovered).toBe(0)
  })

  it('leave the CSV cells of that series empty, not "none"', () => {
    const rows = buildRows(baseline('essay'))
    const row = (y: number) => rows.find((r) => r.dyad === 'CHN-PRK' && r.year === y)!
    expect(row(2012)).toMatchObject({ cow_type: 'defense', atop_defense: 1 })
    expect(row(2013)).toMatchObject({ cow_type: '', atop_defense: 1 })
    expect(row(2019)).toMatchObject({
      cow_type: '',
      atop_defense: '',
      atop_nonaggression: '',
      atop_consultation: '',
    })
    const cowRows = buildRows(baseline('cow'))
    expect(cowRows.find((r) => r.dyad === 'CHN-PRK' && r.year === 2013)!.outcome).toBe(
      'not_covered',
    )
  })
})

describe('trivial rules', () => {
  it('score "always no alliance" and "same as last year" on the same dyad-years as the model', () => {
    const e = baseline('essay')
    const t = trivialScores(e)
    const allied = e.dyads.reduce((n, d) => n + d.history.reduce((a, v) => a + v, 0), 0)
    expect(t.alwaysNo).toBeCloseTo(1 - allied / (dyadYears - e.absent))
    // History changes rarely, so persistence is a high bar; the model is above always-no.
    expect(t.sameAsLastYear!).toBeGreaterThan(0.95)
    expect(metricsOf(e.counts).accuracy!).toBeGreaterThan(t.alwaysNo!)
  })

  it('leave out years the history does not cover', () => {
    const t = trivialScores(baseline('cow'))
    const e = baseline('cow')
    const allied = e.dyads.reduce((n, d) => n + d.history.reduce((a, v) => a + v, 0), 0)
    expect(t.alwaysNo).toBeCloseTo(1 - allied / metricsOf(e.counts).total)
  })
})

describe('onsets and ends', () => {
  /** The tiny dataset with AAA-BBB allied only 2001–2002 in history. */
  function withHistory(): Dataset {
    const d = tinyDataset()
    const [ab, ac] = d.dyads
    return {
      ...d,
      dyads: [
        {
          ...ab!,
          essay: [cell(2000, 2000, false), cell(2001, 2002, true), cell(2003, 2004, false)],
        },
        ac!,
      ],
    }
  }

  it('counts an onset or end as caught when the model predicts it within the tolerance', () => {
    const c = compileDataset(withHistory())
    // The model predicts AAA-BBB allied in every year: no onset or end at all.
    const none = momentsOf(evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS))
    expect(none.onsets).toEqual({ caught: 0, total: 1 })
    expect(none.ends).toEqual({ caught: 0, total: 1 })
    // Take the shared threat away in 2000 and 2004: the model now starts in 2001 and ends in 2003.
    let s = setSpan(EMPTY_SCENARIO, c, 'threat', 'AAA-BBB', 2000, 2000, 'no')
    s = setSpan(s, c, 'threat', 'AAA-BBB', 2004, 2004, 'no')
    const m = momentsOf(evaluate(c, s, DEFAULT_SETTINGS), 2)
    expect(m.onsets).toEqual({ caught: 1, total: 1 })
    expect(m.ends).toEqual({ caught: 1, total: 1 })
    expect(m.moments).toEqual([
      { dyad: 'AAA-BBB', kind: 'onset', year: 2001, predicted: 2001 },
      { dyad: 'AAA-BBB', kind: 'end', year: 2002, predicted: 2003 },
    ])
    expect(momentsOf(evaluate(c, s, DEFAULT_SETTINGS), 0).ends.caught).toBe(0)
  })

  it('on the shipped data, catches the end of the Soviet–North Korean alliance in 1991', () => {
    const m = momentsOf(baseline('essay'))
    const end = m.moments.find((x) => x.dyad === 'PRK-RUS' && x.kind === 'end')!
    expect(end.year).toBe(1991)
    expect(end.predicted).toBe(1991)
    expect(m.onsets.total).toBeGreaterThan(0)
  })
})
