// @vitest-environment node
/**
 * Every claim the essay makes about a case, checked against the shipped data and the model under
 * its default (the essay's) reading: two criteria, the essay's alliance coding, strict ideology,
 * contested threats counted as shared.
 */
import { describe, expect, it } from 'vitest'
import { COMPILED, PRESETS } from '@/data'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { presetScenario } from '@/model/presets'
import { baseValue, EMPTY_SCENARIO } from '@/model/scenario'

const c = COMPILED
const base = evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)
const lenient = evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, ideology: 'lenient' })

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
const at = (e: typeof base, dyad: string, year: number) => {
  const d = e.dyads[c.dyadIndex.get(dyad)!]!
  const i = year - c.firstYear
  return {
    allied: d.history[i] === 1,
    predicted: d.predicted[i] === 1,
    sharedThreat: d.sharedThreat[i] === 1,
    sharedIdeology: d.sharedIdeology[i] === 1,
  }
}
/** The years in which the essay's coding calls the pair allied. */
const essayYears = (dyad: string) =>
  range(c.firstYear, c.lastYear).filter((y) => at(base, dyad, y).allied)
const span = (from: number, to: number) => range(from, to)

describe("the essay's cases", () => {
  it("Vietnam's four allies: the USSR 1954–91, China and North Korea 1954–75, Laos 1977 on", () => {
    expect(essayYears('VNM-RUS')).toEqual(span(1954, 1991))
    expect(essayYears('CHN-VNM')).toEqual(span(1954, 1975))
    expect(essayYears('VNM-PRK')).toEqual(span(1954, 1975))
    expect(essayYears('VNM-LAO')).toEqual(span(1977, 2026))
    expect(essayYears('VNM-USA')).toEqual([])
    expect(essayYears('VNM-KHM')).toEqual([])
  })

  it('each of them met both criteria while allied, so the model predicts them', () => {
    for (const [dyad, from, to] of [
      ['VNM-RUS', 1954, 1991],
      ['CHN-VNM', 1954, 1975],
      ['VNM-PRK', 1954, 1975],
      ['VNM-LAO', 1977, 2026],
    ] as const) {
      for (const y of span(from, to))
        expect(at(base, dyad, y), `${dyad} ${y}`).toMatchObject({
          sharedThreat: true,
          sharedIdeology: true,
          predicted: true,
        })
    }
    // The common enemy of 1954–75 was the United States.
    for (const dyad of ['VNM-RUS', 'CHN-VNM', 'VNM-PRK']) {
      expect(
        c.source.dyads[c.dyadIndex.get(dyad)!]!.threat.find(
          (s) => s.from === 1965 || (s.from <= 1965 && 1965 <= s.to),
        )!.adversary,
      ).toBe('United States')
    }
  })

  it("China's three allies: the USSR 1950–69, North Vietnam 1954–75, North Korea 1950 on", () => {
    expect(essayYears('CHN-RUS')).toEqual(span(1950, 1969))
    expect(essayYears('CHN-VNM')).toEqual(span(1954, 1975))
    expect(essayYears('CHN-PRK')).toEqual(span(1950, 2026))
    expect(essayYears('CHN-USA')).toEqual([])
    expect(essayYears('CHN-KHM')).toEqual([])
  })

  it('the Sino-Soviet split removed shared ideology years before the 1969 end: a lag the rule needs', () => {
    for (const y of span(1960, 1969)) {
      expect(at(base, 'CHN-RUS', y)).toMatchObject({
        allied: true,
        sharedIdeology: false,
        predicted: false,
      })
    }
    const lagged = evaluate(c, EMPTY_SCENARIO, {
      ...DEFAULT_SETTINGS,
      rule: 'two-criteria-lag',
      lag: 10,
    })
    for (const y of span(1960, 1969)) expect(at(lagged, 'CHN-RUS', y).predicted).toBe(true)
    expect(at(lagged, 'CHN-RUS', 1970).predicted).toBe(false) // the border war had ended the shared threat
  })

  it('China and the US in the 1980s: a shared Soviet threat, no shared ideology, no alliance', () => {
    for (const y of span(1980, 1989)) {
      expect(at(base, 'CHN-USA', y)).toEqual({
        sharedThreat: true,
        sharedIdeology: false,
        predicted: false,
        allied: false,
      })
    }
  })

  it('Vietnam and the US today: a shared threat from China, no shared ideology, no alliance', () => {
    for (const y of span(2014, 2026)) {
      expect(at(base, 'VNM-USA', y)).toEqual({
        sharedThreat: true,
        sharedIdeology: false,
        predicted: false,
        allied: false,
      })
    }
  })

  it('Vietnam and Russia 1992–94: threat arguably shared, ideology not, so the alliance ends', () => {
    for (const y of span(1992, 1994)) {
      expect(baseValue(c, 'threat', 'VNM-RUS', y)).toBe('contested')
      expect(at(base, 'VNM-RUS', y)).toEqual({
        sharedThreat: true,
        sharedIdeology: false,
        predicted: false,
        allied: false,
      })
    }
  })

  it('China–North Korea and Vietnam–Laos are still allied, and the model says they should be', () => {
    for (const y of span(2018, 2026)) {
      expect(at(base, 'CHN-PRK', y)).toEqual({
        sharedThreat: true,
        sharedIdeology: true,
        predicted: true,
        allied: true,
      })
      expect(at(base, 'VNM-LAO', y)).toMatchObject({
        sharedIdeology: true,
        predicted: true,
        allied: true,
      })
    }
  })

  it('the post-1975 breaks with China and North Korea were about security (the lenient reading keeps ideology)', () => {
    for (const y of span(1979, 1988)) {
      expect(at(lenient, 'CHN-VNM', y)).toMatchObject({
        sharedThreat: false,
        sharedIdeology: true,
        predicted: false,
      })
      expect(at(lenient, 'VNM-PRK', y)).toMatchObject({
        sharedThreat: false,
        sharedIdeology: true,
        predicted: false,
      })
    }
  })
})

describe('"Russia stays communist" under the two-criteria model', () => {
  const preset = PRESETS.find((p) => p.id === 'russia-stays-communist')!
  const e = evaluate(c, presetScenario(c, preset), DEFAULT_SETTINGS)

  it('predicts a Vietnam–Russia alliance in 1992–1994, which history does not have', () => {
    for (const y of span(1992, 1994))
      expect(at(e, 'VNM-RUS', y)).toMatchObject({ predicted: true, allied: false })
  })

  it('predicts a China–Russia alliance exactly where the casebook codes a shared US threat', () => {
    for (const y of span(1992, 2026)) {
      const shared = baseValue(c, 'threat', 'CHN-RUS', y) === 'yes'
      expect(at(e, 'CHN-RUS', y).predicted, `${y}`).toBe(shared)
    }
    expect(at(e, 'CHN-RUS', 2007).predicted).toBe(true)
    expect(at(e, 'CHN-RUS', 2000).predicted).toBe(false)
  })
})
