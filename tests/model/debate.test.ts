// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { alliancesOf, similarity } from '@/model/debate'

const partners = (series: 'essay' | 'treaty_defense', state: string) =>
  alliancesOf(COMPILED, series, state).map((a) => [a.partner, a.runs])

describe('the Vu–Lan debate', () => {
  it("counts China's three and Vietnam's four allies under Vu's coding", () => {
    expect(partners('essay', 'CHN')).toEqual([
      ['RUS', [[1950, 1969]]],
      ['PRK', [[1950, 2026]]],
      ['VNM', [[1954, 1975]]],
    ])
    expect(partners('essay', 'VNM').map(([p]) => p)).toEqual(['CHN', 'RUS', 'PRK', 'LAO'])
  })

  it('leaves China two allies and Vietnam one under Lan’s reading (explicit defence treaties)', () => {
    expect(partners('treaty_defense', 'CHN')).toEqual([
      ['RUS', [[1950, 1980]]],
      ['PRK', [[1961, 2026]]],
    ])
    // Only the 1979 treaty with the People's Republic of Kampuchea has a mutual-defence clause.
    expect(partners('treaty_defense', 'VNM')).toEqual([['KHM', [[1979, 1991]]]])
  })

  it('judges similarity by the number of allies', () => {
    expect(similarity(3, 4)).toBe('holds')
    expect(similarity(2, 1)).toBe('holds')
    expect(similarity(2, 0)).toBe('falls apart')
    expect(similarity(4, 1)).toBe('weaker')
    expect(similarity(0, 0)).toBe('nothing to compare')
  })
})
