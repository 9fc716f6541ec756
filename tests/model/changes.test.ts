// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import {
  changesToScenario,
  describeChange,
  describeScenario,
  scenarioToChanges,
} from '@/model/changes'
import { labelsOf } from '@/model/labels'
import { EMPTY_SCENARIO, setSpan, toggleRegime, toggleRift, toggleThreat } from '@/model/scenario'
import { arbitraryScenario } from '../share/arbitraries'

const labels = labelsOf(DATASET)

describe('scenario as a list of changes', () => {
  it('merges consecutive years with one value into a span', () => {
    let s = setSpan(EMPTY_SCENARIO, COMPILED, 'regime', 'RUS', 1992, 2000, 'communist')
    s = toggleThreat(s, COMPILED, 'VNM-RUS', 1993)
    s = toggleRift(s, COMPILED, 'CHN-RUS', 1965)
    s = toggleRift(s, COMPILED, 'CHN-RUS', 1967)
    expect(scenarioToChanges(s)).toEqual([
      { layer: 'regime', id: 'RUS', from: 1992, to: 2000, value: 'communist' },
      { layer: 'threat', id: 'VNM-RUS', from: 1993, to: 1993, value: 'no' },
      { layer: 'rift', id: 'CHN-RUS', from: 1965, to: 1965, value: false },
      { layer: 'rift', id: 'CHN-RUS', from: 1967, to: 1967, value: false },
    ])
  })

  it('round-trips any scenario', () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        expect(changesToScenario(COMPILED, scenarioToChanges(s))).toEqual(s)
      }),
    )
  })

  it('says each change in plain words, with the name the state had then', () => {
    const s = toggleRegime(
      setSpan(EMPTY_SCENARIO, COMPILED, 'regime', 'RUS', 1992, 2026, 'communist'),
      COMPILED,
      'VNM',
      1980,
    )
    expect(describeScenario(labels, s)).toEqual([
      'Russian Federation communist 1992–2026',
      'Socialist Republic of Vietnam non-communist 1980',
    ])
    expect(
      describeChange(labels, { layer: 'threat', id: 'VNM-USA', from: 2014, to: 2026, value: 'no' }),
    ).toBe('Vietnam–United States: no shared threat 2014–2026')
    expect(
      describeChange(labels, { layer: 'rift', id: 'CHN-RUS', from: 1960, to: 1988, value: false }),
    ).toBe('China–Soviet Union: no party rift 1960–1988')
    expect(
      describeChange(labels, { layer: 'threat', id: 'VNM-RUS', from: 1993, to: 1995, value: 'no' }),
    ).toBe('Vietnam–Russia: no shared threat 1993–1995')
  })

  it('never calls a Soviet year Russian: a span across 1991 takes the name of both periods', () => {
    expect(
      describeChange(labels, {
        layer: 'regime',
        id: 'RUS',
        from: 1980,
        to: 1995,
        value: 'communist',
      }),
    ).toBe('USSR / Russia communist 1980–1995')
    expect(
      describeChange(labels, { layer: 'rift', id: 'VNM-RUS', from: 1985, to: 1995, value: true }),
    ).toBe('Vietnam–USSR / Russia: party rift 1985–1995')
    expect(
      describeChange(labels, { layer: 'rift', id: 'VNM-RUS', from: 1965, to: 1970, value: true }),
    ).toBe('North Vietnam–Soviet Union: party rift 1965–1970')
  })
})
