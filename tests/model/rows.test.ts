// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import { DATA_VERSION } from '@/data/version'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { buildRows, ROW_COLUMNS, stateName, weakest } from '@/model/rows'
import { EMPTY_SCENARIO, toggleRegime } from '@/model/scenario'

const REQUIRED =
  'dyad,year,state_a,state_b,ideology_a,ideology_b,shared_ideology,ideological_rift,shared_threat,alliance_essay,alliance_treaty_any,alliance_treaty_defense,cow_type,atop_defense,atop_nonaggression,predicted,outcome,confidence,sources'

describe('buildRows', () => {
  const rows = buildRows(evaluate(COMPILED, EMPTY_SCENARIO, DEFAULT_SETTINGS))
  const row = (dyad: string, year: number) => rows.find((r) => r.dyad === dyad && r.year === year)!

  it('starts with the documented columns, in order', () => {
    expect(ROW_COLUMNS.slice(0, 19).join(',')).toBe(REQUIRED)
  })

  it('has one row per dyad-year', () => {
    // Years a state of the pair did not exist (Yugoslavia after 1992) are not dyad-years.
    const dyadYears = COMPILED.dyads.reduce(
      (n, d) => n + (d.exists ? d.exists.reduce((a, v) => a + v, 0) : COMPILED.yearCount),
      0,
    )
    expect(dyadYears).toBeGreaterThanOrEqual(11 * 78)
    expect(rows).toHaveLength(dyadYears)
    expect(rows.filter((r) => r.dyad === 'YUG-GRC')).toHaveLength(1992 - 1949 + 1)
    expect(rows.some((r) => r.dyad === 'YUG-TUR' && r.year > 1992)).toBe(false)
    expect(new Set(rows.map((r) => `${r.dyad}@${r.year}`)).size).toBe(rows.length)
  })

  it("describes a dyad-year in the dataset's words", () => {
    expect(row('VNM-RUS', 1980)).toMatchObject({
      state_a: 'VNM',
      state_b: 'RUS',
      ideology_a: 'communist',
      ideology_b: 'communist',
      shared_ideology: 1,
      ideological_rift: 0,
      shared_threat: 'yes',
      common_adversary: 'China',
      alliance_essay: 1,
      alliance_treaty_any: 1,
      alliance_treaty_defense: 1,
      cow_type: 'entente',
      atop_consultation: 1,
      atop_defense: 0,
      predicted: 1,
      outcome: 'hit',
      name_a: 'Socialist Republic of Vietnam',
      name_b: 'Soviet Union',
      scenario_changed: 0,
    })
  })

  it('takes confidence from the weakest deciding coding and lists its sources', () => {
    // VNM-RUS 1950: the threat coding is low confidence.
    expect(row('VNM-RUS', 1950).confidence).toBe('low')
    expect(row('VNM-RUS', 1950).sources.split(' ')).toContain('S70')
    expect(row('VNM-RUS', 1995).sources.split(' ')).toContain('S22')
    expect(row('CHN-USA', 1980).confidence).toBe('high')
  })

  it('marks contested codings and cells a scenario changed', () => {
    expect(row('CHN-RUS', 1965).contested.split(' ')).toContain('rift')
    const changed = buildRows(
      evaluate(COMPILED, toggleRegime(EMPTY_SCENARIO, COMPILED, 'RUS', 1993), DEFAULT_SETTINGS),
    )
    const r = changed.find((x) => x.dyad === 'VNM-RUS' && x.year === 1993)!
    expect(r).toMatchObject({
      ideology_b: 'communist',
      scenario_changed: 1,
      predicted: 1,
      outcome: 'false_alarm',
    })
  })
})

describe('the data version', () => {
  it('is recorded in every row, so a CSV says which corrections it reflects', () => {
    const rows = buildRows(evaluate(COMPILED, EMPTY_SCENARIO, DEFAULT_SETTINGS))
    expect(new Set(rows.map((r) => r.data_version))).toEqual(new Set([DATA_VERSION]))
    // Columns are only ever added at the end, so older readers of the CSV keep working.
    expect(ROW_COLUMNS.slice(-4)).toEqual([
      'data_version',
      'case_set',
      'atop_offense',
      'atop_neutrality',
    ])
  })
})

describe('helpers', () => {
  it('picks the weakest confidence', () => {
    expect(weakest(['high', 'medium', 'high'])).toBe('medium')
    expect(weakest(['high', 'low', 'medium'])).toBe('low')
    expect(weakest([])).toBe('high')
  })

  it('names a state by period, the later name winning a shared year', () => {
    const vnm = DATASET.states.find((s) => s.id === 'VNM')!
    expect(stateName(vnm, 1975)).toBe('Democratic Republic of Vietnam')
    expect(stateName(vnm, 1976)).toBe('Socialist Republic of Vietnam')
  })

  it('names the USSR in every Soviet year and Russia only after 1991, as the CSV writes them', () => {
    const rows = buildRows(evaluate(COMPILED, EMPTY_SCENARIO, DEFAULT_SETTINGS))
    for (const dyad of ['CHN-RUS', 'VNM-RUS', 'PRK-RUS']) {
      const names = rows.filter((r) => r.dyad === dyad)
      expect(new Set(names.filter((r) => r.year <= 1991).map((r) => r.name_b))).toEqual(
        new Set(['Soviet Union']),
      )
      expect(new Set(names.filter((r) => r.year >= 1992).map((r) => r.name_b))).toEqual(
        new Set(['Russian Federation']),
      )
    }
  })
})
