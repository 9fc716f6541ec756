// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { alliancesOf, similarity, verdictOf } from '@/model/debate'

const partners = (series: 'essay' | 'treaty_defense', state: string, from?: number, to?: number) =>
  alliancesOf(COMPILED, series, state, from, to).map((a) => [a.partner, a.runs])

const verdict = (series: 'essay' | 'treaty_defense', from = 1949, to = 2026) =>
  verdictOf(
    alliancesOf(COMPILED, series, 'CHN', from, to),
    alliancesOf(COMPILED, series, 'VNM', from, to),
    to,
  )

describe('the Vu–Lan debate', () => {
  it("counts China's three and Vietnam's four allies under Vu's coding", () => {
    expect(partners('essay', 'CHN')).toEqual([
      ['RUS', [[1950, 1969]]],
      ['PRK', [[1950, 2026]]],
      ['VNM', [[1954, 1975]]],
    ])
    expect(partners('essay', 'VNM').map(([p]) => p)).toEqual(['CHN', 'RUS', 'PRK', 'LAO'])
  })

  it('leaves China two allies and Vietnam one under Lan’s reading', () => {
    expect(partners('treaty_defense', 'CHN')).toEqual([
      ['RUS', [[1950, 1980]]],
      ['PRK', [[1961, 2026]]],
    ])
    // Article 6 of the 1978 treaty counts on Lan's reading; the Laos (1977) and Kampuchea (1979)
    // treaties' Article 2 pledges support for defence capacity, not defence, so neither counts.
    expect(partners('treaty_defense', 'VNM')).toEqual([['RUS', [[1978, 1994]]]])
  })

  it('gives each ally the reasons its coding records', () => {
    const [russia] = alliancesOf(COMPILED, 'treaty_defense', 'VNM')
    expect(russia!.reasons.join(' ')).toMatch(/Article 6/)
    const sinoSoviet = alliancesOf(COMPILED, 'treaty_defense', 'CHN')[0]!
    expect(sinoSoviet.reasons.join(' ')).toMatch(/3 April 1979/)
  })

  it('judges similarity by the number of allies', () => {
    expect(similarity(3, 4)).toBe('holds')
    expect(similarity(2, 0)).toBe('falls apart')
    expect(similarity(4, 1)).toBe('weaker')
    expect(similarity(0, 0)).toBe('nothing to compare')
  })

  it('changes the verdict when the evidence changes', () => {
    // Whole period: Vu's claim holds (3 and 4, and each still has an ally in 2026).
    expect(verdict('essay').similarity).toBe('holds')
    expect(verdict('essay').current).toEqual([['PRK'], ['LAO']])
    // Lan: close counts (2 and 1), but only China still has an ally: the parallel loses a half.
    expect(verdict('treaty_defense')).toMatchObject({ similarity: 'weaker', counts: [2, 1] })
    // The Cold War alone: Vietnam's Soviet treaty is in force in 1991, so Lan's reading holds too.
    expect(verdict('treaty_defense', 1949, 1991).similarity).toBe('holds')
    // After 1994 Vietnam has no ally on Lan's reading at all.
    expect(verdict('treaty_defense', 1995, 2026).similarity).toBe('falls apart')
    expect(verdict('essay', 1995, 2026)).toMatchObject({ similarity: 'holds', counts: [1, 1] })
  })
})
