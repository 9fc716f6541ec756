// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET, FIRST_YEAR, LAST_YEAR } from '@/data'
import { stateName } from '@/model/rows'
import { DYAD_FIELDS } from '@/model/types'

const state = (id: string) => DATASET.states.find((s) => s.id === id)!
const dyad = (id: string) => DATASET.dyads.find((d) => d.id === id)!

describe('the shipped dataset', () => {
  it("covers the essay's seven states and eleven dyads first, then the case library, 1949–2026", () => {
    expect(DATASET.states.map((s) => s.id)).toEqual([
      ...['CHN', 'VNM', 'RUS', 'PRK', 'LAO', 'KHM', 'USA'],
      ...['MNG', 'YUG', 'ALB', 'CUB', 'GRC', 'TUR', 'IND', 'PAK'],
    ])
    const essayPairs = [
      'CHN-RUS',
      'CHN-PRK',
      'CHN-VNM',
      'CHN-USA',
      'VNM-RUS',
      'VNM-PRK',
      'VNM-LAO',
      'VNM-USA',
      'CHN-KHM',
      'VNM-KHM',
      'PRK-RUS',
    ]
    const wave1 = ['YUG-GRC', 'YUG-TUR', 'CHN-PAK', 'RUS-MNG', 'RUS-ALB', 'CHN-ALB']
    const wave2 = [
      'RUS-YUG',
      'RUS-CUB',
      'CHN-LAO',
      'VNM-CUB',
      'CHN-MNG',
      'RUS-IND',
      'RUS-LAO',
      'RUS-KHM',
    ]
    const library = [...wave1, ...wave2]
    expect(DATASET.dyads.map((d) => d.id)).toEqual([...essayPairs, ...library])
    // The essay's pairs carry no case set; every case-library pair is marked out of sample.
    expect(DATASET.dyads.map((d) => d.caseSet)).toEqual([
      ...essayPairs.map(() => undefined),
      ...library.map(() => 'out-of-sample'),
    ])
    expect([DATASET.firstYear, DATASET.lastYear]).toEqual([FIRST_YEAR, LAST_YEAR])
    expect(COMPILED.yearCount).toBe(78)
  })

  it('names each state by period', () => {
    expect([1991, 1992].map((y) => stateName(state('RUS'), y))).toEqual([
      'Soviet Union',
      'Russian Federation',
    ])
    expect([1975, 1976].map((y) => stateName(state('VNM'), y))).toEqual([
      'Democratic Republic of Vietnam',
      'Socialist Republic of Vietnam',
    ])
    expect([1974, 1975].map((y) => stateName(state('LAO'), y))).toEqual([
      'Kingdom of Laos',
      "Lao People's Democratic Republic",
    ])
    // The name Democratic Kampuchea dates from the January 1976 constitution.
    expect(
      [1960, 1972, 1975, 1976, 1977, 1985, 1991, 2000].map((y) => stateName(state('KHM'), y)),
    ).toEqual([
      'Kingdom of Cambodia',
      'Khmer Republic',
      'Kampuchea (Khmer Rouge)',
      'Democratic Kampuchea',
      'Democratic Kampuchea',
      "People's Republic of Kampuchea",
      'State of Cambodia',
      'Kingdom of Cambodia',
    ])
  })

  it('codes regimes by the "held at any time in the year" rule', () => {
    const communist = (id: string, y: number) =>
      COMPILED.communist[COMPILED.stateIndex.get(id)!]![y - FIRST_YEAR]
    expect(communist('RUS', 1991)).toBe(1)
    expect(communist('RUS', 1992)).toBe(0)
    expect(communist('LAO', 1974)).toBe(0)
    expect(communist('LAO', 1975)).toBe(1)
    expect([1974, 1975, 1991, 1992].map((y) => communist('KHM', y))).toEqual([0, 1, 1, 0])
    expect(communist('USA', 1950)).toBe(0)
  })

  it('cites only listed sources and lists only cited ones', () => {
    const cited = new Set<string>()
    for (const s of DATASET.states) {
      for (const sp of s.regime) sp.sources.forEach((id) => cited.add(id))
      s.lifespan?.sources.forEach((id) => cited.add(id))
    }
    for (const d of DATASET.dyads)
      for (const f of DYAD_FIELDS) for (const sp of d[f]) sp.sources.forEach((id) => cited.add(id))
    expect([...cited].sort()).toEqual(DATASET.sources.map((s) => s.id).sort())
  })

  it("marks the casebook's disagreements as contested", () => {
    const contestedAt = (
      spans: readonly { from: number; to: number; contested?: string }[],
      y: number,
    ) => spans.find((s) => s.from <= y && y <= s.to)?.contested
    expect(contestedAt(dyad('CHN-RUS').rift, 1965)).toMatch(/1958|1963/) // start of the split
    expect(contestedAt(state('PRK').regime, 2010)).toMatch(/2009/) // DPRK constitution
    expect(contestedAt(dyad('VNM-LAO').treaty_defense, 1990)).toBeTruthy() // Laos treaty, Lan vs Vu
    expect(contestedAt(dyad('VNM-RUS').treaty_defense, 1980)).toBeTruthy() // Article 6
    expect(contestedAt(dyad('PRK-RUS').treaty_any, 1995)).toMatch(/1995/) // end of the 1961 treaty
    expect(contestedAt(dyad('VNM-KHM').essay, 1985)).toMatch(/omission/) // the essay's missing ally
    expect(contestedAt(dyad('CHN-PRK').treaty_defense, 2023)).toMatch(/renewal/)
  })

  it("leaves out ATOP's multilateral ASEAN treaty entries", () => {
    // Vietnam joined the ASEAN Treaty of Amity and Cooperation in 1992, Laos too: not a bilateral alliance.
    expect(
      COMPILED.dyads[COMPILED.dyadIndex.get('VNM-LAO')!]!.history.atop.every((v) => v === 0),
    ).toBe(true)
    expect(
      COMPILED.dyads[COMPILED.dyadIndex.get('CHN-VNM')!]!.history.atop.every((v) => v === 0),
    ).toBe(true)
  })
})
