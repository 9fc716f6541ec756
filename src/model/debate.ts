import type { CompiledDataset } from './compile'
import type { HistorySeries } from './types'

/** One of a state's alliances under a reading of history: the partner and the allied years. */
export interface Alliance {
  readonly dyad: string
  readonly partner: string
  readonly runs: readonly (readonly [number, number])[]
}

/** Every pair a state belongs to with at least one allied year in the series, in dataset order. */
export function alliancesOf(c: CompiledDataset, series: HistorySeries, state: string): Alliance[] {
  const s = c.stateIndex.get(state)
  if (s === undefined) return []
  const out: Alliance[] = []
  for (const d of c.dyadsOfState[s]!) {
    const dyad = c.dyads[d]!
    const h = dyad.history[series]
    const runs: [number, number][] = []
    let start = -1
    for (let i = 0; i <= h.length; i++) {
      if (i < h.length && h[i] === 1) {
        if (start < 0) start = i
      } else if (start >= 0) {
        runs.push([c.firstYear + start, c.firstYear + i - 1])
        start = -1
      }
    }
    if (runs.length > 0)
      out.push({ dyad: dyad.id, partner: c.states[dyad.a === s ? dyad.b : dyad.a]!, runs })
  }
  return out
}

export type Similarity = 'holds' | 'weaker' | 'falls apart' | 'nothing to compare'

/**
 * Whether two countries' alliance records look alike, by how many allies each had: both some and
 * at most one apart, the claim holds; both some but further apart, it is weaker; one none, it
 * falls apart. (The debate notes score the published readings this way: 3 and 4 hold, 2 and 0 do
 * not.)
 */
export function similarity(a: number, b: number): Similarity {
  if (a === 0 && b === 0) return 'nothing to compare'
  if (a === 0 || b === 0) return 'falls apart'
  return Math.abs(a - b) <= 1 ? 'holds' : 'weaker'
}
