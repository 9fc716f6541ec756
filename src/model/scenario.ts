import { THREAT_OF_CODE, type CompiledDataset } from './compile'
import { LAYER, REGIME, RIFT, THREAT, type Layer, type Regime, type Threat } from './vocabulary'

export type { Layer } from './vocabulary'

/** Per entity (state or dyad), per year: the value the scenario puts in place of history. */
export type YearPatch<T> = Readonly<Record<number, T>>
export type LayerPatch<T> = Readonly<Record<string, YearPatch<T>>>

/** The value each layer holds per entity and year. */
export interface LayerValues {
  readonly regime: Regime
  readonly threat: Threat
  /** True means an open rift between the ruling parties. */
  readonly rift: boolean
}

export type LayerValue<L extends Layer> = LayerValues[L]

/**
 * A counterfactual: a sparse patch over the immutable base data. It holds only values that differ
 * from history, so the empty scenario means exactly "history" and equal scenarios are deep-equal.
 * Entities without changes are absent, and an entity's year record is replaced (never mutated)
 * when it changes, so a changed reference means a changed entity.
 */
export type Scenario = {
  /** Regime keyed by state id; threat and rift keyed by dyad id. */
  readonly [L in Layer]: LayerPatch<LayerValue<L>>
}

/**
 * One change of the inputs: a layer, an entity (state or dyad id) and a span of years set to one
 * value. A scenario is written as a list of these in files, links, presets and captions.
 */
export type Change = {
  [L in Layer]: {
    readonly layer: L
    readonly id: string
    readonly from: number
    readonly to: number
    readonly value: LayerValue<L>
  }
}[Layer]

/** The vocabulary of each layer's values: what a valid value is, its link letter, its label. */
export const LAYER_VALUES = {
  regime: REGIME,
  threat: THREAT,
  rift: RIFT,
} as const satisfies { readonly [L in Layer]: { readonly has: (x: unknown) => x is LayerValue<L> } }

export const EMPTY_SCENARIO: Scenario = Object.freeze({
  regime: Object.freeze({}),
  threat: Object.freeze({}),
  rift: Object.freeze({}),
})

export const LAYERS: readonly Layer[] = LAYER.values

/**
 * The historical value of one cell, or undefined when the entity or year is unknown, or the state
 * (or one of the pair's states) did not exist that year: such a cell cannot be changed.
 */
export function baseValue<L extends Layer>(
  c: CompiledDataset,
  layer: L,
  id: string,
  year: number,
): LayerValue<L> | undefined {
  const i = year - c.firstYear
  if (!Number.isInteger(year) || i < 0 || i >= c.yearCount) return undefined
  if (layer === 'regime') {
    const s = c.stateIndex.get(id)
    if (s === undefined || c.alive[s]?.[i] === 0) return undefined
    return (c.communist[s]![i] ? 'communist' : 'non-communist') as LayerValue<L>
  }
  const d = c.dyadIndex.get(id)
  if (d === undefined) return undefined
  const dyad = c.dyads[d]!
  if (dyad.exists?.[i] === 0) return undefined
  if (layer === 'threat') return THREAT_OF_CODE[dyad.threat[i]!] as LayerValue<L>
  return (dyad.rift[i] === 1) as LayerValue<L>
}

/** The value of one cell under the scenario: the patch if present, history otherwise. */
export function effectiveValue<L extends Layer>(
  c: CompiledDataset,
  s: Scenario,
  layer: L,
  id: string,
  year: number,
): LayerValue<L> | undefined {
  const patched = (s[layer] as LayerPatch<LayerValue<L>>)[id]?.[year]
  return patched ?? baseValue(c, layer, id, year)
}

/**
 * Sets cells `from`..`to` of one entity to `value`. Cells that end up equal to history are
 * dropped, so the result stays canonical. An unknown entity leaves the scenario as it is; years it
 * did not exist are skipped.
 */
export function setSpan<L extends Layer>(
  s: Scenario,
  c: CompiledDataset,
  layer: L,
  id: string,
  from: number,
  to: number,
  value: LayerValue<L> | ((year: number) => LayerValue<L> | undefined),
): Scenario {
  const patch = s[layer] as LayerPatch<LayerValue<L>>
  const current = patch[id]
  const next: Record<number, LayerValue<L>> = { ...current }
  let changed = false
  const lo = Math.max(Math.min(from, to), c.firstYear)
  const hi = Math.min(Math.max(from, to), c.lastYear)
  const known = layer === 'regime' ? c.stateIndex.has(id) : c.dyadIndex.has(id)
  if (!known) return s
  for (let year = lo; year <= hi; year++) {
    const base = baseValue(c, layer, id, year)
    if (base === undefined) continue
    const v = typeof value === 'function' ? value(year) : value
    if (v === undefined || v === base) {
      if (year in next) {
        delete next[year]
        changed = true
      }
    } else if (next[year] !== v) {
      next[year] = v
      changed = true
    }
  }
  if (!changed) return s
  const nextLayer: Record<string, YearPatch<LayerValue<L>>> = { ...patch }
  if (Object.keys(next).length === 0) delete nextLayer[id]
  else nextLayer[id] = next
  return { ...s, [layer]: nextLayer }
}

/** Puts one cell back to history. */
export function revertCell(
  s: Scenario,
  c: CompiledDataset,
  layer: Layer,
  id: string,
  year: number,
) {
  return setSpan(s, c, layer, id, year, year, () => undefined)
}

/** Flips a state's regime in one year. Toggling twice gives back the same scenario. */
export function toggleRegime(s: Scenario, c: CompiledDataset, state: string, year: number) {
  const now = effectiveValue(c, s, 'regime', state, year)
  if (now === undefined) return s
  const next: Regime = now === 'communist' ? 'non-communist' : 'communist'
  return setSpan(s, c, 'regime', state, year, year, next)
}

/** Opens or closes a rift between the two ruling parties in one year. */
export function toggleRift(s: Scenario, c: CompiledDataset, dyad: string, year: number) {
  const now = effectiveValue(c, s, 'rift', dyad, year)
  if (now === undefined) return s
  return setSpan(s, c, 'rift', dyad, year, year, !now)
}

/**
 * Flips whether a dyad shares a threat in one year. A changed cell goes back to history; an
 * unchanged one takes the opposite of how history is read (a contested threat read as shared
 * becomes `no`, read as not shared becomes `yes`), so toggling twice is always the identity.
 */
export function toggleThreat(
  s: Scenario,
  c: CompiledDataset,
  dyad: string,
  year: number,
  contestedCountsAsShared = true,
) {
  const base = baseValue(c, 'threat', dyad, year)
  if (base === undefined) return s
  if (s.threat[dyad]?.[year] !== undefined) return revertCell(s, c, 'threat', dyad, year)
  const sharedNow = base === 'yes' || (base === 'contested' && contestedCountsAsShared)
  return setSpan(s, c, 'threat', dyad, year, year, sharedNow ? 'no' : 'yes')
}

/**
 * Rebuilds a scenario from untrusted parts: drops unknown states, dyads, years and invalid values,
 * drops cells equal to history, and orders keys. The result is canonical: equal content gives
 * equal output, and the empty scenario gives EMPTY_SCENARIO's shape.
 */
export function canonicalize(s: Scenario, c: CompiledDataset): Scenario {
  const out = { regime: {}, threat: {}, rift: {} } as Record<
    Layer,
    Record<string, YearPatch<unknown>>
  >
  for (const layer of LAYERS) {
    const patch = (s[layer] ?? {}) as Record<string, Record<string, unknown>>
    for (const id of Object.keys(patch).sort()) {
      const years: Record<number, unknown> = {}
      for (const key of Object.keys(patch[id] ?? {}).sort((x, y) => Number(x) - Number(y))) {
        const year = Number(key)
        const v = patch[id]![key]
        const base = baseValue(c, layer, id, year)
        if (base !== undefined && LAYER_VALUES[layer].has(v) && v !== base) years[year] = v
      }
      if (Object.keys(years).length > 0) out[layer][id] = years
    }
  }
  return out as unknown as Scenario
}

/** Lays scenarios over each other in order; a later one wins where two change the same cell. */
export function combineScenarios(c: CompiledDataset, scenarios: readonly Scenario[]): Scenario {
  let out = EMPTY_SCENARIO
  for (const s of scenarios) {
    for (const layer of LAYERS) {
      const patch = s[layer] as LayerPatch<LayerValue<Layer>>
      for (const [id, years] of Object.entries(patch)) {
        const keys = Object.keys(years).map(Number)
        if (keys.length === 0) continue
        const earlier = (out[layer] as LayerPatch<LayerValue<Layer>>)[id]
        out = setSpan(out, c, layer, id, Math.min(...keys), Math.max(...keys), (y) =>
          y in years ? years[y] : earlier?.[y],
        )
      }
    }
  }
  return out
}

/** Number of changed cells (state-years and dyad-years) across all layers. */
export function countChanges(s: Scenario): number {
  let n = 0
  for (const layer of LAYERS) {
    for (const years of Object.values(s[layer])) n += Object.keys(years).length
  }
  return n
}

export const isEmptyScenario = (s: Scenario): boolean => countChanges(s) === 0

/**
 * The states and dyads whose patch differs between two scenarios, by reference. Because patches
 * replace an entity's record when it changes, an unchanged reference means unchanged cells.
 */
export function changedEntities(prev: Scenario, next: Scenario) {
  const diff = <T>(p: LayerPatch<T>, n: LayerPatch<T>): string[] => {
    if (p === n) return []
    const ids = new Set([...Object.keys(p), ...Object.keys(n)])
    return [...ids].filter((id) => p[id] !== n[id])
  }
  return {
    states: diff(prev.regime, next.regime),
    dyads: [...new Set([...diff(prev.threat, next.threat), ...diff(prev.rift, next.rift)])],
  }
}
