// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileDataset } from '@/model/compile'
import {
  classify,
  DEFAULT_SETTINGS,
  evaluate,
  predict,
  predictSeries,
  RULES,
  type ModelSettings,
} from '@/model/evaluate'
import { EMPTY_SCENARIO, setSpan, toggleRegime, toggleRift, toggleThreat } from '@/model/scenario'
import { generateDataset } from '@/data/synthetic'
import { tinyCompiled } from '../fixtures'

const bits = (s: string) => Uint8Array.from(s, (ch) => (ch === '1' ? 1 : 0))
const str = (a: Uint8Array) => Array.from(a).join('')

describe('predict: truth table of every rule', () => {
  // [shared threat, shared ideology] → expected prediction
  const table: Record<(typeof RULES)[number], [boolean, boolean, boolean][]> = {
    'two-criteria': [
      [true, true, true],
      [true, false, false],
      [false, true, false],
      [false, false, false],
    ],
    'two-criteria-lag': [
      [true, true, true],
      [true, false, false],
      [false, true, false],
      [false, false, false],
    ],
    'security-only': [
      [true, true, true],
      [true, false, true],
      [false, true, false],
      [false, false, false],
    ],
    'ideology-only': [
      [true, true, true],
      [true, false, false],
      [false, true, true],
      [false, false, false],
    ],
  }
  for (const rule of RULES) {
    it.each(table[rule])(`${rule}: threat=%s, ideology=%s → %s`, (threat, ideology, expected) => {
      expect(predict(rule, threat, ideology)).toBe(expected)
    })
  }

  it('classifies every combination of prediction and history', () => {
    expect(classify(true, true)).toBe('hit')
    expect(classify(false, true)).toBe('miss')
    expect(classify(true, false)).toBe('false_alarm')
    expect(classify(false, false)).toBe('correct_rejection')
  })
})

describe('predictSeries with an exit lag', () => {
  const threat = bits('1111000000')
  const ideology = bits('1111111000')

  it('lets an alliance survive k years after a criterion fails, then ends it', () => {
    expect(str(predictSeries('two-criteria-lag', 2, threat, ideology))).toBe('1111110000')
    expect(str(predictSeries('two-criteria-lag', 0, threat, ideology))).toBe('1111000000')
  })

  it('never starts an alliance before both criteria hold', () => {
    expect(str(predictSeries('two-criteria-lag', 5, bits('0011'), bits('0111')))).toBe('0011')
  })

  it('matches the plain two-criteria rule when the lag is zero', () => {
    fc.assert(
      fc.property(fc.uint8Array({ min: 0, max: 1, minLength: 1, maxLength: 40 }), (t) => {
        const i = t.map((v, k) => (k % 3 === 0 ? 1 - v : v))
        expect(predictSeries('two-criteria-lag', 0, t, i)).toEqual(
          predictSeries('two-criteria', 0, t, i),
        )
      }),
    )
  })
})

describe('evaluate', () => {
  it('scores predictions against the chosen history series', () => {
    const c = tinyCompiled()
    const e = evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)
    // AAA-BBB: both communist, shared threat, allied → 5 hits. AAA-CCC: CCC not communist → 5 correct rejections.
    expect(e.dyads[0]!.counts).toEqual({ hit: 5, miss: 0, false_alarm: 0, correct_rejection: 0 })
    expect(e.dyads[1]!.counts).toEqual({ hit: 0, miss: 0, false_alarm: 0, correct_rejection: 5 })
    const security = evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, rule: 'security-only' })
    expect(security.dyads[1]!.counts.false_alarm).toBe(5)
    const defense = evaluate(c, EMPTY_SCENARIO, { ...DEFAULT_SETTINGS, history: 'treaty_defense' })
    expect(defense.dyads[0]!.counts.false_alarm).toBe(5)
  })

  it('reads a contested threat as shared or not, as the settings say', () => {
    const c = tinyCompiled()
    const s = setSpan(EMPTY_SCENARIO, c, 'threat', 'AAA-BBB', 2001, 2001, 'contested')
    const shared = evaluate(c, s, DEFAULT_SETTINGS)
    const notShared = evaluate(c, s, { ...DEFAULT_SETTINGS, contestedThreat: 'not-shared' })
    expect(str(shared.dyads[0]!.predicted)).toBe('11111')
    expect(str(notShared.dyads[0]!.predicted)).toBe('10111')
  })

  it('drops shared ideology for a party rift only under the strict reading', () => {
    const c = tinyCompiled()
    const s = toggleRift(EMPTY_SCENARIO, c, 'AAA-BBB', 2003)
    expect(str(evaluate(c, s, DEFAULT_SETTINGS).dyads[0]!.predicted)).toBe('11101')
    expect(
      str(evaluate(c, s, { ...DEFAULT_SETTINGS, ideology: 'lenient' }).dyads[0]!.predicted),
    ).toBe('11111')
  })

  it('recomputes only the dyads a change touches and reuses the rest by reference', () => {
    const c = tinyCompiled()
    const before = evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)
    const s = toggleThreat(EMPTY_SCENARIO, c, 'AAA-CCC', 2002)
    const after = evaluate(c, s, DEFAULT_SETTINGS, before)
    expect(after.dyads[0]).toBe(before.dyads[0])
    expect(after.dyads[1]).not.toBe(before.dyads[1])
    expect(evaluate(c, s, DEFAULT_SETTINGS, after)).toBe(after)
  })

  it('gives the same result incrementally as from scratch, for any sequence of toggles', () => {
    const c = compileDataset(generateDataset({ states: 6, dyads: 10, years: 30, seed: 7 }))
    const op = fc.record({
      kind: fc.constantFrom('regime', 'threat', 'rift'),
      entity: fc.nat(9),
      year: fc.integer({ min: c.firstYear, max: c.lastYear }),
    })
    const settings: ModelSettings = { ...DEFAULT_SETTINGS, rule: 'two-criteria-lag', lag: 2 }
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let s = EMPTY_SCENARIO
        let e = evaluate(c, s, settings)
        for (const o of ops) {
          if (o.kind === 'regime')
            s = toggleRegime(s, c, c.states[o.entity % c.states.length]!, o.year)
          else if (o.kind === 'threat') s = toggleThreat(s, c, c.dyads[o.entity]!.id, o.year)
          else s = toggleRift(s, c, c.dyads[o.entity]!.id, o.year)
          e = evaluate(c, s, settings, e)
        }
        const fresh = evaluate(c, s, settings)
        expect(e.counts).toEqual(fresh.counts)
        e.dyads.forEach((d, i) => expect(d.predicted).toEqual(fresh.dyads[i]!.predicted))
      }),
      { numRuns: 200 },
    )
  })

  it('recomputes everything when a setting changes', () => {
    const c = tinyCompiled()
    const before = evaluate(c, EMPTY_SCENARIO, DEFAULT_SETTINGS)
    const after = evaluate(
      c,
      EMPTY_SCENARIO,
      { ...DEFAULT_SETTINGS, rule: 'security-only' },
      before,
    )
    expect(after.dyads[0]).not.toBe(before.dyads[0])
    expect(after.dyads[1]!.counts.false_alarm).toBe(5)
  })
})
