import type { CompiledDataset } from './compile'
import type { Evaluation } from './evaluate'
import { THREAT, type Threat } from './vocabulary'
import { changedEntities, countChanges, EMPTY_SCENARIO, type Scenario } from './scenario'

/** The model's inputs for one dyad-year: both regimes, the threat code, the rift. */
export interface Combination {
  readonly communistA: boolean
  readonly communistB: boolean
  readonly threat: Threat
  readonly rift: boolean
}

/** Years of one dyad where a scenario puts inputs together that history never does. */
export interface UnseenCombination {
  readonly dyad: string
  readonly runs: readonly (readonly [number, number])[]
  readonly combination: Combination
}

/** How far a scenario moves from history, and whether it leaves the ground history covers. */
export interface Plausibility {
  readonly changedCells: number
  readonly states: readonly string[]
  readonly dyads: readonly string[]
  /** The first year the scenario changes, or null for history. */
  readonly firstChangedYear: number | null
  readonly unseen: readonly UnseenCombination[]
}

const code = (a: number, b: number, t: number, r: number) => a + 2 * b + 4 * t + 12 * r

const seenCache = new WeakMap<CompiledDataset, Set<number>>()

/** Every input combination that occurs somewhere in the historical data (either order of a pair). */
function seenCombinations(c: CompiledDataset): Set<number> {
  let seen = seenCache.get(c)
  if (!seen) {
    seen = new Set()
    for (const d of c.dyads) {
      const a = c.communist[d.a]!
      const b = c.communist[d.b]!
      for (let i = 0; i < c.yearCount; i++) {
        seen.add(code(a[i]!, b[i]!, d.threat[i]!, d.rift[i]!))
        seen.add(code(b[i]!, a[i]!, d.threat[i]!, d.rift[i]!))
      }
    }
    seenCache.set(c, seen)
  }
  return seen
}

/** Measures a scenario against history: cells changed, where it starts, unseen combinations. */
export function plausibility(e: Evaluation, scenario: Scenario = e.scenario): Plausibility {
  const c = e.compiled
  const { states, dyads } = changedEntities(EMPTY_SCENARIO, scenario)
  let firstChangedYear: number | null = null
  for (const layer of ['regime', 'threat', 'rift'] as const) {
    for (const years of Object.values(scenario[layer])) {
      for (const y of Object.keys(years).map(Number)) {
        if (firstChangedYear === null || y < firstChangedYear) firstChangedYear = y
      }
    }
  }
  const seen = seenCombinations(c)
  const touched = new Set<number>()
  for (const s of states) for (const d of c.dyadsOfState[c.stateIndex.get(s)!] ?? []) touched.add(d)
  for (const d of dyads) touched.add(c.dyadIndex.get(d)!)
  const unseen: UnseenCombination[] = []
  for (const index of [...touched].sort((x, y) => x - y)) {
    const de = e.dyads[index]!
    let run: { from: number; to: number; key: number } | null = null
    const groups = new Map<number, [number, number][]>()
    const flush = () => {
      if (run) groups.set(run.key, [...(groups.get(run.key) ?? []), [run.from, run.to]])
      run = null
    }
    for (let i = 0; i < c.yearCount; i++) {
      const k = code(de.communistA[i]!, de.communistB[i]!, de.threat[i]!, de.rift[i]!)
      const year = c.firstYear + i
      if (seen.has(k)) flush()
      else if (run && run.key === k && run.to === year - 1) run.to = year
      else {
        flush()
        run = { from: year, to: year, key: k }
      }
    }
    flush()
    for (const [k, runs] of groups) {
      unseen.push({
        dyad: de.dyad.id,
        runs,
        combination: {
          communistA: (k & 1) === 1,
          communistB: (k & 2) === 2,
          threat: THREAT.values[Math.floor(k / 4) % 3]!,
          rift: k >= 12,
        },
      })
    }
  }
  return { changedCells: countChanges(scenario), states, dyads, firstChangedYear, unseen }
}
