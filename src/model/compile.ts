import { dyadLifespan, stateLifespan } from './lifespan'
import type { Dataset, DyadRecord, HistorySeries, Span, Threat } from './types'
import { THREAT } from './vocabulary'

/** Threat codes in the compiled arrays: the value's index in the THREAT vocabulary. */
export const THREAT_NO = THREAT.index('no')
export const THREAT_YES = THREAT.index('yes')
export const THREAT_CONTESTED = THREAT.index('contested')

/** The threat a compiled code stands for. */
export const THREAT_OF_CODE: readonly Threat[] = THREAT.values

export interface CompiledDyad {
  readonly id: string
  readonly index: number
  /** Index of state a and b in `CompiledDataset.states`. */
  readonly a: number
  readonly b: number
  /** Per year: THREAT_NO, THREAT_YES or THREAT_CONTESTED. */
  readonly threat: Uint8Array
  /** Per year: 1 when the two ruling parties are in open conflict. */
  readonly rift: Uint8Array
  /** Per year and series: 1 when history records an alliance. */
  readonly history: Readonly<Record<HistorySeries, Uint8Array>>
  /**
   * Per year and series: 1 when the series covers the year, 0 when it does not (COW after 2012,
   * ATOP after 2018). Null when the series covers every year, which is the common case.
   */
  readonly coverage: Readonly<Record<HistorySeries, Uint8Array | null>>
  /**
   * Per year: 1 when both states existed, 0 when one did not (Yugoslavia after 1992), so the year
   * is not a dyad-year. Null when both existed in every year, which is the common case.
   */
  readonly exists: Uint8Array | null
}

/**
 * The dataset as flat per-year arrays, built once. Evaluation reads only this, which keeps a
 * million dyad-years within a few milliseconds. Never written after it is built.
 */
export interface CompiledDataset {
  readonly source: Dataset
  readonly firstYear: number
  readonly lastYear: number
  readonly yearCount: number
  readonly states: readonly string[]
  readonly stateIndex: ReadonlyMap<string, number>
  /** Per state and year: 1 when communist. */
  readonly communist: readonly Uint8Array[]
  readonly dyads: readonly CompiledDyad[]
  readonly dyadIndex: ReadonlyMap<string, number>
  /** For each state, the indexes of the dyads it belongs to. */
  readonly dyadsOfState: readonly (readonly number[])[]
}

function fill<T>(
  spans: readonly Span<T>[],
  firstYear: number,
  out: Uint8Array,
  code: (v: T) => number,
): Uint8Array {
  for (const s of spans) {
    const v = code(s.value)
    const from = Math.max(s.from, firstYear) - firstYear
    const to = Math.min(s.to - firstYear, out.length - 1)
    for (let i = from; i <= to; i++) out[i] = v
  }
  return out
}

const bit = (v: boolean) => (v ? 1 : 0)

function compileHistory(d: DyadRecord, firstYear: number, n: number) {
  return {
    essay: fill(d.essay, firstYear, new Uint8Array(n), bit),
    treaty_any: fill(d.treaty_any, firstYear, new Uint8Array(n), bit),
    treaty_defense: fill(d.treaty_defense, firstYear, new Uint8Array(n), bit),
    cow: fill(d.cow, firstYear, new Uint8Array(n), (v) => bit(v !== null && v !== 'none')),
    atop: fill(d.atop, firstYear, new Uint8Array(n), (v) => bit(v !== null && v.length > 0)),
  }
}

/** Which years a series covers, or null when it covers them all. */
function coverageOf(spans: readonly Span<unknown>[], firstYear: number, n: number) {
  if (!spans.some((s) => s.value === null)) return null
  return fill(spans, firstYear, new Uint8Array(n), (v) => bit(v !== null))
}

function compileCoverage(d: DyadRecord, firstYear: number, n: number) {
  return {
    essay: coverageOf(d.essay, firstYear, n),
    treaty_any: coverageOf(d.treaty_any, firstYear, n),
    treaty_defense: coverageOf(d.treaty_defense, firstYear, n),
    cow: coverageOf(d.cow, firstYear, n),
    atop: coverageOf(d.atop, firstYear, n),
  }
}

/** Turns span-coded data into per-year arrays. Assumes the dataset passed validation. */
export function compileDataset(dataset: Dataset): CompiledDataset {
  const { firstYear, lastYear } = dataset
  const n = lastYear - firstYear + 1
  const states = dataset.states.map((s) => s.id)
  const stateIndex = new Map(states.map((id, i) => [id, i]))
  const communist = dataset.states.map((s) =>
    fill(s.regime, firstYear, new Uint8Array(n), (v) => bit(v === 'communist')),
  )
  const lifespans = dataset.states.map((s) => stateLifespan(s, dataset))
  const dyadsOfState: number[][] = states.map(() => [])
  const dyads = dataset.dyads.map((d, index): CompiledDyad => {
    const a = stateIndex.get(d.a)
    const b = stateIndex.get(d.b)
    if (a === undefined || b === undefined) throw new Error(`dyad ${d.id}: unknown state`)
    dyadsOfState[a]?.push(index)
    dyadsOfState[b]?.push(index)
    const life = dyadLifespan(lifespans[a]!, lifespans[b]!)
    const whole = life.from <= firstYear && life.to >= lastYear
    return {
      id: d.id,
      index,
      a,
      b,
      threat: fill(d.threat, firstYear, new Uint8Array(n).fill(THREAT_NO), (v) => THREAT.index(v)),
      rift: fill(d.rift, firstYear, new Uint8Array(n), bit),
      history: compileHistory(d, firstYear, n),
      coverage: compileCoverage(d, firstYear, n),
      exists: whole
        ? null
        : new Uint8Array(n).fill(1, Math.max(0, life.from - firstYear), life.to - firstYear + 1),
    }
  })
  return {
    source: dataset,
    firstYear,
    lastYear,
    yearCount: n,
    states,
    stateIndex,
    communist,
    dyads,
    dyadIndex: new Map(dyads.map((d) => [d.id, d.index])),
    dyadsOfState,
  }
}

/** Finds the span that covers `year`, or undefined. Spans are sorted and do not overlap. */
export function spanAt<S extends { from: number; to: number }>(
  spans: readonly S[],
  year: number,
): S | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid]!
    if (year < s.from) hi = mid - 1
    else if (year > s.to) lo = mid + 1
    else return s
  }
  return undefined
}

/**
 * The same compiled data with only the pairs `keep` accepts, re-indexed, every state kept; the
 * arrays are shared, not copied. Returns `c` itself when every pair is kept.
 */
export function restrictDyads(
  c: CompiledDataset,
  keep: (d: Dataset['dyads'][number]) => boolean,
): CompiledDataset {
  const kept = c.dyads.filter((d) => keep(c.source.dyads[d.index]!))
  if (kept.length === c.dyads.length) return c
  const dyads = kept.map((d, index): CompiledDyad => ({ ...d, index }))
  const dyadsOfState: number[][] = c.states.map(() => [])
  for (const d of dyads) {
    dyadsOfState[d.a]!.push(d.index)
    dyadsOfState[d.b]!.push(d.index)
  }
  return {
    ...c,
    source: { ...c.source, dyads: kept.map((d) => c.source.dyads[d.index]!) },
    dyads,
    dyadIndex: new Map(dyads.map((d) => [d.id, d.index])),
    dyadsOfState,
  }
}
