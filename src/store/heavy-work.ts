import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { COMPILED } from '@/data'
import { checkerboard } from '@/data/benchmark'
import { createExplorerStore, MAX_UNDO } from './explorer-store'

/**
 * The heaviest work a student can leave behind, for benchmarks and tests: the checkerboard
 * scenario, then a full undo history of single-cell edits.
 */
export function worstCaseWork() {
  const store = createExplorerStore()
  // Every case in view, so that each click reaches a pair of the whole library.
  store.setState({
    scenario: checkerboard(COMPILED),
    settings: { ...DEFAULT_SETTINGS, cases: 'all' },
  })
  for (let i = 0, steps = 0; steps < MAX_UNDO; i++) {
    const d = COMPILED.dyads[(i * 7) % COMPILED.dyads.length]!
    const year = (i * 13) % COMPILED.yearCount
    if (d.exists?.[year] === 0) continue // not a dyad-year: nothing to click
    store.getState().toggleCell('rift', d.id, COMPILED.firstYear + year)
    steps++
  }
  return store
}
