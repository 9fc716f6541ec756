// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import {
  baseValue,
  canonicalize,
  changedEntities,
  combineScenarios,
  countChanges,
  effectiveValue,
  EMPTY_SCENARIO,
  isEmptyScenario,
  setSpan,
  toggleRegime,
  toggleRift,
  toggleThreat,
  type Scenario,
} from '@/model/scenario'

const c = COMPILED
const STATES = c.states
const DYADS = c.dyads.map((d) => d.id)
const year = fc.integer({ min: c.firstYear, max: c.lastYear })

/** One random single-cell toggle on the real dataset. */
const toggleOp = fc.oneof(
  fc.record({ layer: fc.constant('regime' as const), id: fc.constantFrom(...STATES), year }),
  fc.record({ layer: fc.constant('threat' as const), id: fc.constantFrom(...DYADS), year }),
  fc.record({ layer: fc.constant('rift' as const), id: fc.constantFrom(...DYADS), year }),
)
type Op = typeof toggleOp extends fc.Arbitrary<infer T> ? T : never

function apply(s: Scenario, op: Op): Scenario {
  if (op.layer === 'regime') return toggleRegime(s, c, op.id, op.year)
  if (op.layer === 'threat') return toggleThreat(s, c, op.id, op.year)
  return toggleRift(s, c, op.id, op.year)
}

describe('the scenario patch', () => {
  it('is empty for history: the identity', () => {
    expect(isEmptyScenario(EMPTY_SCENARIO)).toBe(true)
    expect(effectiveValue(c, EMPTY_SCENARIO, 'regime', 'RUS', 1995)).toBe('non-communist')
    // Setting a span to the values history already has changes nothing.
    expect(setSpan(EMPTY_SCENARIO, c, 'regime', 'RUS', 1949, 1991, 'communist')).toBe(
      EMPTY_SCENARIO,
    )
  })

  it('records only what differs from history', () => {
    const s = setSpan(EMPTY_SCENARIO, c, 'regime', 'RUS', 1985, 1995, 'communist')
    expect(s.regime).toEqual({
      RUS: { 1992: 'communist', 1993: 'communist', 1994: 'communist', 1995: 'communist' },
    })
    expect(countChanges(s)).toBe(4)
  })

  it('is its own inverse: any toggle applied twice gives back the same scenario', () => {
    fc.assert(
      fc.property(fc.array(toggleOp, { maxLength: 10 }), toggleOp, (ops, op) => {
        const s = ops.reduce(apply, EMPTY_SCENARIO)
        expect(apply(apply(s, op), op)).toEqual(s)
      }),
    )
  })

  it('undoes a whole sequence of toggles when it is replayed backwards', () => {
    fc.assert(
      fc.property(fc.array(toggleOp, { maxLength: 20 }), (ops) => {
        const s = ops.reduce(apply, EMPTY_SCENARIO)
        expect([...ops].reverse().reduce(apply, s)).toEqual(EMPTY_SCENARIO)
      }),
    )
  })

  it('is canonical: the same cells reached by different orders give equal patches', () => {
    fc.assert(
      fc.property(fc.array(toggleOp, { maxLength: 15 }), (ops) => {
        const s = ops.reduce(apply, EMPTY_SCENARIO)
        const shuffled = [...ops].sort((x, y) =>
          `${x.layer}${x.id}${x.year}`.localeCompare(`${y.layer}${y.id}${y.year}`),
        )
        expect(shuffled.reduce(apply, EMPTY_SCENARIO)).toEqual(s)
        expect(canonicalize(s, c)).toEqual(s)
        for (const layer of ['regime', 'threat', 'rift'] as const) {
          for (const [id, years] of Object.entries(s[layer])) {
            for (const [y, v] of Object.entries(years))
              expect(v).not.toBe(baseValue(c, layer, id, Number(y)))
          }
        }
      }),
    )
  })

  it('canonicalizes untrusted input: drops unknown ids, years outside the data, bad values and no-ops', () => {
    const messy = {
      regime: {
        RUS: { 1990: 'communist', 1999: 'communist', 2200: 'communist' },
        ATL: { 1990: 'communist' },
      },
      threat: { 'VNM-RUS': { 1995: 'sometimes', 1996: 'yes' } },
      rift: { 'CHN-RUS': { 1950: 1, 1961: false } },
    } as unknown as Scenario
    expect(canonicalize(messy, c)).toEqual({
      regime: { RUS: { 1999: 'communist' } },
      threat: { 'VNM-RUS': { 1996: 'yes' } },
      rift: { 'CHN-RUS': { 1961: false } },
    })
  })

  it('flips a contested threat to the opposite of how it is currently read', () => {
    expect(baseValue(c, 'threat', 'VNM-RUS', 1993)).toBe('contested')
    expect(toggleThreat(EMPTY_SCENARIO, c, 'VNM-RUS', 1993, true).threat).toEqual({
      'VNM-RUS': { 1993: 'no' },
    })
    expect(toggleThreat(EMPTY_SCENARIO, c, 'VNM-RUS', 1993, false).threat).toEqual({
      'VNM-RUS': { 1993: 'yes' },
    })
  })

  it('sets a span of years at once, in either direction, clipped to the data', () => {
    const s = setSpan(EMPTY_SCENARIO, c, 'rift', 'CHN-VNM', 2030, 2024, true)
    expect(Object.keys(s.rift['CHN-VNM'] ?? {})).toEqual(['2024', '2025', '2026'])
  })

  it('ignores unknown states and dyads', () => {
    expect(toggleRegime(EMPTY_SCENARIO, c, 'ATL', 1990)).toBe(EMPTY_SCENARIO)
    expect(toggleThreat(EMPTY_SCENARIO, c, 'ATL-RUS', 1990)).toBe(EMPTY_SCENARIO)
  })

  it('lays scenarios over each other, the later one winning a shared cell', () => {
    const a = setSpan(EMPTY_SCENARIO, c, 'threat', 'CHN-PRK', 2000, 2005, 'no')
    const b = setSpan(EMPTY_SCENARIO, c, 'threat', 'CHN-PRK', 2003, 2004, 'yes')
    expect(combineScenarios(c, [a, b]).threat['CHN-PRK']).toEqual({
      2000: 'no',
      2001: 'no',
      2002: 'no',
      2003: 'yes',
      2004: 'yes',
      2005: 'no',
    })
    expect(combineScenarios(c, [b, a]).threat['CHN-PRK']).toEqual(a.threat['CHN-PRK'])
  })

  it('changes only the touched entity record, so diffs work by reference', () => {
    const a = setSpan(EMPTY_SCENARIO, c, 'regime', 'PRK', 1994, 2000, 'non-communist')
    const b = toggleThreat(a, c, 'VNM-USA', 2000)
    expect(b.regime).toBe(a.regime)
    expect(changedEntities(a, b)).toEqual({ states: [], dyads: ['VNM-USA'] })
    expect(changedEntities(EMPTY_SCENARIO, b)).toEqual({ states: ['PRK'], dyads: ['VNM-USA'] })
  })

  it('never mutates the base: the dataset is frozen and its arrays are untouched by scenarios', () => {
    expect(Object.isFrozen(DATASET)).toBe(true)
    expect(Object.isFrozen(DATASET.dyads[0]!.threat[0])).toBe(true)
    const before = c.communist.map((a) => a.slice())
    const threats = c.dyads.map((d) => d.threat.slice())
    fc.assert(
      fc.property(fc.array(toggleOp, { maxLength: 20 }), (ops) => {
        ops.reduce(apply, EMPTY_SCENARIO)
      }),
    )
    expect(c.communist).toEqual(before)
    expect(c.dyads.map((d) => d.threat)).toEqual(threats)
  })
})
