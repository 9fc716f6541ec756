import { COMPILED } from '@/data'
import { checkerboard } from '@/data/benchmark'
import { createExplorerStore, MAX_UNDO } from './explorer-store'

/**
 * The heaviest work a student can leave behind, for benchmarks and tests: the checkerboard
 * scenario, then a full undo history of single-cell edits.
 */
export function worstCaseWork() {
  const store = createExplorerStore()
  store.setState({ scenario: checkerboard(COMPILED) })
  for (let i = 0; i < MAX_UNDO; i++) {
    const d = COMPILED.dyads[(i * 7) % COMPILED.dyads.length]!
    store.getState().toggleCell('rift', d.id, COMPILED.firstYear + ((i * 13) % COMPILED.yearCount))
  }
  return store
}
