// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { differenceRuns, runsOf } from '@/ui/runs'

// The definition: the runs of the years where the two series differ, as 0/1 per year.
const byDefinition = (a: Uint8Array, b: Uint8Array, first: number, lo?: number, hi?: number) =>
  runsOf(
    Array.from(a, (v, i) => (v === b[i] ? 0 : 1)),
    first,
    lo,
    hi,
  )

describe('differenceRuns', () => {
  it('names the years two series differ, as runs', () => {
    const a = Uint8Array.from([0, 1, 1, 0, 0, 1, 1, 1])
    const b = Uint8Array.from([0, 0, 1, 1, 0, 1, 0, 0])
    expect(differenceRuns(a, b, 1990)).toEqual([
      [1991, 1991],
      [1993, 1993],
      [1996, 1997],
    ])
    // Cut to the years asked for.
    expect(differenceRuns(a, b, 1990, 1993, 1996)).toEqual([
      [1993, 1993],
      [1996, 1996],
    ])
    expect(differenceRuns(a, a, 1990)).toEqual([])
  })

  it('agrees with the definition on many series and year ranges', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(random() * 80)
      const a = Uint8Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0))
      const b = Uint8Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0))
      const lo = 1949 + Math.floor(random() * n) - 2
      const hi = lo + Math.floor(random() * n) + 1
      expect(differenceRuns(a, b, 1949)).toEqual(byDefinition(a, b, 1949))
      expect(differenceRuns(a, b, 1949, lo, hi)).toEqual(byDefinition(a, b, 1949, lo, hi))
    }
  })
})
