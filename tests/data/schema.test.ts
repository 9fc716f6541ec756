// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { RAW_DATASET } from '@/data'
import { DatasetError, loadDataset } from '@/data/schema'

/** A deep copy of the shipped raw data that a test can break. */
const copy = () =>
  structuredClone(RAW_DATASET) as unknown as {
    sources: { id: string; url: string }[]
    states: { id: string; regime: Record<string, unknown>[] }[]
    dyads: Record<string, unknown>[]
  }

function problemsOf(raw: unknown): readonly string[] {
  try {
    loadDataset(raw)
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError)
    return (e as DatasetError).problems
  }
  throw new Error('expected the dataset to be rejected')
}

const dyad = (raw: ReturnType<typeof copy>, id: string) =>
  raw.dyads.find((d) => d.id === id) as Record<string, Record<string, unknown>[]>

describe('the dataset schema', () => {
  it('accepts the shipped data and freezes it', () => {
    const d = loadDataset(RAW_DATASET)
    expect(Object.isFrozen(d.dyads[0]!.essay[0]!.sources)).toBe(true)
  })

  it('names the dyad, field and years of a gap', () => {
    const raw = copy()
    dyad(raw, 'VNM-RUS').threat!.pop() // drops 1995–2026
    expect(problemsOf(raw)).toEqual(['dyad VNM-RUS, threat, 1995–2026: no span covers these years'])
  })

  it('names the state, field and year of an overlap', () => {
    const raw = copy()
    raw.states.find((s) => s.id === 'RUS')!.regime[2]!.from = 1991
    expect(problemsOf(raw)).toEqual(['state RUS, regime, 1991: spans overlap or are out of order'])
  })

  it('names the field and years of a value outside the vocabulary', () => {
    const raw = copy()
    dyad(raw, 'CHN-USA').threat![2]!.value = 'maybe'
    const [problem] = problemsOf(raw)
    expect(problem).toMatch(/^dyad CHN-USA, threat, 1973–1989 \(value\): /)
    expect(problem).toMatch(/yes|contested/)
  })

  it('rejects an unknown source id', () => {
    const raw = copy()
    dyad(raw, 'CHN-PRK').essay![2]!.sources = ['S999']
    expect(problemsOf(raw)).toEqual(['dyad CHN-PRK, essay, 1961–2021: unknown source id "S999"'])
  })

  it('rejects a span without a rationale or confidence', () => {
    const raw = copy()
    dyad(raw, 'VNM-LAO').treaty_any![1]!.rationale = ''
    delete dyad(raw, 'VNM-LAO').cow![0]!.confidence
    const problems = problemsOf(raw)
    expect(problems).toContainEqual(
      expect.stringMatching(/^dyad VNM-LAO, treaty_any, 1977–2026 \(rationale\): /),
    )
    expect(problems).toContainEqual(
      expect.stringMatching(/^dyad VNM-LAO, cow, 1949–2012 \(confidence\): /),
    )
  })

  it('rejects a shared threat with no named adversary', () => {
    const raw = copy()
    delete dyad(raw, 'VNM-USA').threat![4]!.adversary
    expect(problemsOf(raw)).toEqual([
      'dyad VNM-USA, threat, 2014–2026: a "yes" threat must name the common adversary',
    ])
  })

  it('rejects a dyad whose id does not match its states, or that names an unknown state', () => {
    const raw = copy()
    dyad(raw, 'PRK-RUS').b = 'ATL' as never
    expect(problemsOf(raw)).toEqual([
      'dyad PRK-RUS: id must be "PRK-ATL" (a-b)',
      'dyad PRK-RUS: unknown state ATL',
    ])
  })

  it('rejects a span running past the last year', () => {
    const raw = copy()
    const spans = dyad(raw, 'CHN-USA').rift!
    spans[0]!.to = 2030
    expect(problemsOf(raw)).toEqual(['dyad CHN-USA, rift, spans must stay within 1949–2026'])
  })
})
