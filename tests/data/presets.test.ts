// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, PRESETS } from '@/data'
import { combinePresets, presetScenario } from '@/model/presets'
import { countChanges } from '@/model/scenario'

describe('presets', () => {
  it('have unique kebab-case ids, a title and a teacher-facing description', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(p.title.length).toBeGreaterThan(5)
      expect(p.description.length).toBeGreaterThan(40)
    }
  })

  it('include the six the classroom needs', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'russia-stays-communist',
        'no-sino-soviet-split',
        'hanoi-beijing-stay-comrades',
        'north-korea-abandons-communism',
        'vietnam-turns-non-communist',
      ]),
    )
    expect(PRESETS.length).toBeGreaterThanOrEqual(6)
  })

  it('each change history, and only inside the data', () => {
    for (const p of PRESETS)
      expect(countChanges(presetScenario(COMPILED, p)), p.id).toBeGreaterThan(0)
  })

  it('set the documented spans', () => {
    const byId = (id: string) =>
      presetScenario(
        COMPILED,
        PRESETS.find((p) => p.id === id)!,
      )
    expect(Object.keys(byId('russia-stays-communist').regime.RUS!).map(Number)).toEqual(
      Array.from({ length: 35 }, (_, i) => 1992 + i),
    )
    expect(Object.keys(byId('north-korea-abandons-communism').regime.PRK!)[0]).toBe('1994')
    expect(Object.keys(byId('vietnam-turns-non-communist').regime.VNM!)[0]).toBe('1991')
    expect(byId('no-sino-soviet-split').rift['CHN-RUS']![1965]).toBe(false)
    expect(byId('hanoi-beijing-stay-comrades').rift['CHN-VNM']![1979]).toBe(false)
  })

  it('combine: two presets together change the union of their cells', () => {
    const a = PRESETS.find((p) => p.id === 'russia-stays-communist')!
    const b = PRESETS.find((p) => p.id === 'north-korea-abandons-communism')!
    const both = combinePresets(COMPILED, [a, b])
    expect(countChanges(both)).toBe(
      countChanges(presetScenario(COMPILED, a)) + countChanges(presetScenario(COMPILED, b)),
    )
  })
})
