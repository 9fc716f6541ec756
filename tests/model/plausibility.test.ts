// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED, PRESETS } from '@/data'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { plausibility } from '@/model/plausibility'
import { presetScenario } from '@/model/presets'
import { EMPTY_SCENARIO, setSpan } from '@/model/scenario'

const measure = (s: typeof EMPTY_SCENARIO) => plausibility(evaluate(COMPILED, s, DEFAULT_SETTINGS))

describe('plausibility', () => {
  it('is nothing for history', () => {
    expect(measure(EMPTY_SCENARIO)).toEqual({
      changedCells: 0,
      states: [],
      dyads: [],
      firstChangedYear: null,
      unseen: [],
    })
  })

  it('says how far "Russia stays communist" moves, with every combination seen in history', () => {
    const p = measure(
      presetScenario(
        COMPILED,
        PRESETS.find((x) => x.id === 'russia-stays-communist')!,
      ),
    )
    expect(p).toMatchObject({
      changedCells: 35,
      states: ['RUS'],
      dyads: [],
      firstChangedYear: 1992,
      unseen: [],
    })
  })

  it('flags inputs history never puts together: a party rift with a non-communist state', () => {
    const s = setSpan(EMPTY_SCENARIO, COMPILED, 'rift', 'VNM-USA', 2000, 2004, true)
    expect(measure(s).unseen).toEqual([
      {
        dyad: 'VNM-USA',
        runs: [[2000, 2004]],
        combination: { communistA: true, communistB: false, threat: 'no', rift: true },
      },
    ])
  })
})
