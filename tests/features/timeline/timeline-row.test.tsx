// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { yearScale } from '@/features/timeline/geometry'
import { changeLabelPlace } from '@/features/timeline/timeline-row'

// Vietnam–Russia under "Russia stays communist": the scenario predicts 1954–1994, of which
// 1992–1994 is what it moves.
const VNM_RUS = [[1954, 1994]] as const
// China–Russia: the scenario predicts 1949–1959 and 2007–2026, and moves 2007–2026.
const CHN_RUS = [
  [1949, 1959],
  [2007, 2026],
] as const

describe('the label of the years a scenario moves', () => {
  it('goes where the scenario band is empty, in full on a wide chart', () => {
    const wide = yearScale(1000, 1949, 2026, 200)
    expect(changeLabelPlace(1992, 1994, VNM_RUS, wide)).toEqual({ after: true, text: '1992–1994' })
    // A run at the right edge is named before it, in the gap after the 1950s.
    expect(changeLabelPlace(2007, 2026, CHN_RUS, wide)).toEqual({
      after: false,
      text: '2007–2026',
    })
  })

  it('is shortened on a phone rather than laid over the band, where that makes it fit', () => {
    // A 390 px phone: about 1.8 px a year.
    const phone = yearScale(330, 1949, 2026, 182)
    expect(changeLabelPlace(2007, 2026, CHN_RUS, phone)).toEqual({
      after: false,
      text: '2007–2026',
    })
    // 1995–2026 is too short for "1992–1994" but long enough for "1992–94" at 2.2 px a year.
    const narrow = yearScale(360, 1949, 2026, 182)
    expect(changeLabelPlace(1992, 1994, VNM_RUS, narrow)).toEqual({ after: true, text: '1992–94' })
    // Where nothing fits, the short form is used, on the side the plot has room for.
    expect(changeLabelPlace(1992, 1994, VNM_RUS, phone).text).toBe('1992–94')
  })

  it('keeps a single year and a run across centuries whole', () => {
    const wide = yearScale(1000, 1949, 2026, 200)
    expect(changeLabelPlace(1992, 1992, [[1992, 1992]], wide).text).toBe('1992')
    const tight = yearScale(260, 1949, 2026, 200)
    expect(changeLabelPlace(1995, 2003, [[1949, 2026]], tight).text).toBe('1995–2003')
  })
})
