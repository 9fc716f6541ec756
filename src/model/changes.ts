import type { CompiledDataset } from './compile'
import type { Labels } from './labels'
import {
  baseValue,
  EMPTY_SCENARIO,
  LAYERS,
  type Change,
  type Layer,
  type LayerPatch,
  type Scenario,
} from './scenario'
import { stateName } from './rows'
import type { Regime, Threat } from './vocabulary'

/**
 * A scenario as a list of spans, "set X from year A to year B to value V": the readable form used
 * in scenario files, links and captions. Runs are maximal (consecutive years with one value merge)
 * and ordered by layer, entity and year, so equal scenarios give equal lists.
 */
export function scenarioToChanges(s: Scenario): Change[] {
  const out: Change[] = []
  for (const layer of LAYERS) {
    const patch = s[layer] as LayerPatch<unknown>
    for (const id of Object.keys(patch).sort()) {
      const years = Object.keys(patch[id]!)
        .map(Number)
        .sort((a, b) => a - b)
      let run: { from: number; to: number; value: unknown } | null = null
      const flush = () => {
        if (run) out.push({ layer, id, ...run } as Change)
      }
      for (const y of years) {
        const v = patch[id]![y]
        if (run && run.to === y - 1 && run.value === v) run.to = y
        else {
          flush()
          run = { from: y, to: y, value: v }
        }
      }
      flush()
    }
  }
  return out
}

/**
 * The scenario a list of changes stands for, applied in order over history: where two changes set
 * one cell, the later wins, and a cell set to its historical value is left out. A change naming an
 * unknown entity is ignored; its years are clipped to the data's. Built in one pass (an undo
 * history of hundreds of steps is read this way on every load), it equals applying `setSpan` for
 * each change in turn.
 */
export function changesToScenario(c: CompiledDataset, changes: readonly Change[]): Scenario {
  if (changes.length === 0) return EMPTY_SCENARIO
  const out: Record<Layer, Record<string, Record<number, unknown>>> = {
    regime: {},
    threat: {},
    rift: {},
  }
  for (const ch of changes) {
    const lo = Math.max(Math.min(ch.from, ch.to), c.firstYear)
    const hi = Math.min(Math.max(ch.from, ch.to), c.lastYear)
    const known = ch.layer === 'regime' ? c.stateIndex.has(ch.id) : c.dyadIndex.has(ch.id)
    if (lo > hi || !known) continue
    const years = (out[ch.layer][ch.id] ??= {})
    for (let y = lo; y <= hi; y++) {
      const base = baseValue(c, ch.layer, ch.id, y)
      if (base === undefined) continue // a year the state or pair did not exist
      if (ch.value === base) delete years[y]
      else years[y] = ch.value
    }
  }
  for (const layer of LAYERS) {
    for (const id of Object.keys(out[layer])) {
      if (Object.keys(out[layer][id]!).length === 0) delete out[layer][id]
    }
  }
  return out as unknown as Scenario
}

/**
 * The words a change is described in: a whole phrase for each layer, with the state's or pair's
 * name, the value and the years ("1992–2026") put in. English by default; the interface passes
 * the language in use (`changePhrases` in the store).
 */
export interface ChangePhrases {
  /** "Russian Federation communist 1992–2026" */
  readonly regime: (state: string, regime: Regime, years: string) => string
  /** "Vietnam–United States: no shared threat 2014–2026" */
  readonly threat: (pair: string, threat: Threat, years: string) => string
  /** "China–Soviet Union: no party rift 1960–1988" */
  readonly rift: (pair: string, rift: boolean, years: string) => string
}

export const ENGLISH_CHANGE_PHRASES: ChangePhrases = {
  regime: (state, regime, years) => `${state} ${regime} ${years}`,
  threat: (pair, threat, years) =>
    `${pair}: ${threat === 'yes' ? 'shared threat' : threat === 'no' ? 'no shared threat' : 'contested threat'} ${years}`,
  rift: (pair, rift, years) => `${pair}: ${rift ? 'party rift' : 'no party rift'} ${years}`,
}

/** The state's full name if it kept one name over from..to, else an everyday name for them all. */
function regimeName(labels: Labels, id: string, from: number, to: number): string {
  const record = labels.stateRecord(id)
  if (!record) return id
  const name = stateName(record, from)
  for (let y = from + 1; y <= to; y++)
    if (stateName(record, y) !== name) return labels.stateIn(id, from, to)
  return name
}

/**
 * One change in plain words, with the names the states had in those years: "Russian Federation
 * communist 1992–2026", "USSR / Russia communist 1980–1995", "China–Soviet Union: no party rift
 * 1960–1988".
 */
export function describeChange(
  labels: Labels,
  ch: Change,
  phrases: ChangePhrases = ENGLISH_CHANGE_PHRASES,
): string {
  const years = ch.from === ch.to ? `${ch.from}` : `${ch.from}–${ch.to}`
  if (ch.layer === 'regime') {
    return phrases.regime(regimeName(labels, ch.id, ch.from, ch.to), ch.value, years)
  }
  const pair = labels.dyadIn(ch.id, ch.from, ch.to)
  return ch.layer === 'threat'
    ? phrases.threat(pair, ch.value, years)
    : phrases.rift(pair, ch.value, years)
}

/** The whole scenario in plain words, one change per item; empty for history. */
export function describeScenario(
  labels: Labels,
  s: Scenario,
  phrases: ChangePhrases = ENGLISH_CHANGE_PHRASES,
): string[] {
  return scenarioToChanges(s).map((ch) => describeChange(labels, ch, phrases))
}
