// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import { labelsOf } from '@/model/labels'

const labels = labelsOf(DATASET)

describe('labels for states and pairs', () => {
  it('names a pair as it was named in the year shown', () => {
    expect(labels.dyad('CHN-RUS', 1975)).toBe('China–Soviet Union')
    expect(labels.dyad('CHN-RUS', 1991)).toBe('China–Soviet Union')
    expect(labels.dyad('CHN-RUS', 1992)).toBe('China–Russia')
    expect(labels.dyad('VNM-RUS', 1965)).toBe('North Vietnam–Soviet Union')
    expect(labels.dyad('VNM-RUS', 1976)).toBe('Vietnam–Soviet Union')
    expect(labels.dyad('VNM-USA', 2000)).toBe('Vietnam–United States')
  })

  it('gives a label for every period when no year is in view, never "Russia" alone', () => {
    expect(labels.dyad('CHN-RUS')).toBe('China–USSR / Russia')
    expect(labels.dyad('VNM-RUS')).toBe('Vietnam–USSR / Russia')
    expect(labels.state('RUS')).toBe('USSR / Russia')
    expect(labels.state('VNM')).toBe('Vietnam')
    expect(labels.state('KHM')).toBe('Cambodia')
    expect(labels.state('KHM', 1977)).toBe('Cambodia')
  })

  it('names a run of years by its period, or by every period when it spans more than one', () => {
    expect(labels.dyadIn('VNM-RUS', 1993, 1995)).toBe('Vietnam–Russia')
    expect(labels.dyadIn('VNM-RUS', 1985, 1995)).toBe('Vietnam–USSR / Russia')
    expect(labels.dyadIn('VNM-RUS', 1980, 1991)).toBe('Vietnam–Soviet Union')
    expect(labels.dyadIn('VNM-RUS', 1970, 1980)).toBe('Vietnam–Soviet Union')
    expect(labels.dyadIn('VNM-RUS', 1954, 1975)).toBe('North Vietnam–Soviet Union')
    // Order of the ends does not matter.
    expect(labels.stateIn('RUS', 1995, 1985)).toBe('USSR / Russia')
    expect(labels.stateIn('RUS', 1992, 1992)).toBe('Russia')
  })

  it('leaves unknown ids as they are', () => {
    expect(labels.dyad('XXX-YYY', 1980)).toBe('XXX-YYY')
    expect(labels.state('XXX', 1980)).toBe('XXX')
    expect(labels.dyadIn('XXX-YYY', 1980, 1990)).toBe('XXX-YYY')
  })
})
