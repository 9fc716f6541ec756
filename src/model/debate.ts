import { spanAt, type CompiledDataset } from './compile'
import { evaluate, type ModelSettings } from './evaluate'
import { metricsOf } from './metrics'
import type { Scenario } from './scenario'
import type { HistorySeries, Span } from './types'

/** One of a state's alliances under a reading of history: the partner, the years and why. */
export interface Alliance {
  readonly dyad: string
  readonly partner: string
  readonly runs: readonly (readonly [number, number])[]
  /** The coding's own reasons for the allied years, one per coded span, in year order. */
  readonly reasons: readonly string[]
}

/**
 * Every pair a state belongs to with at least one allied year in the series between `from` and
 * `to` (both included; the whole dataset by default), in dataset order.
 */
export function alliancesOf(
  c: CompiledDataset,
  series: HistorySeries,
  state: string,
  from = c.firstYear,
  to = c.lastYear,
): Alliance[] {
  const s = c.stateIndex.get(state)
  if (s === undefined) return []
  const lo = Math.max(from, c.firstYear) - c.firstYear
  const hi = Math.min(to, c.lastYear) - c.firstYear
  const out: Alliance[] = []
  for (const d of c.dyadsOfState[s]!) {
    const dyad = c.dyads[d]!
    const h = dyad.history[series]
    const spans = c.source.dyads[d]![series] as readonly Span<unknown>[]
    const runs: [number, number][] = []
    const reasons: string[] = []
    let start = -1
    for (let i = lo; i <= hi + 1; i++) {
      if (i <= hi && h[i] === 1) {
        if (start < 0) start = i
        const why = spanAt(spans, c.firstYear + i)?.rationale
        if (why && !reasons.includes(why)) reasons.push(why)
      } else if (start >= 0) {
        runs.push([c.firstYear + start, c.firstYear + i - 1])
        start = -1
      }
    }
    if (runs.length > 0)
      out.push({
        dyad: dyad.id,
        partner: c.states[dyad.a === s ? dyad.b : dyad.a]!,
        runs,
        reasons,
      })
  }
  return out
}

export type Similarity = 'holds' | 'weaker' | 'falls apart' | 'nothing to compare'

/**
 * Whether two countries' alliance records look alike, by how many allies each had: both some and
 * at most one apart, the claim holds; both some but further apart, it is weaker; one none, it
 * falls apart.
 */
export function similarity(a: number, b: number): Similarity {
  if (a === 0 && b === 0) return 'nothing to compare'
  if (a === 0 || b === 0) return 'falls apart'
  return Math.abs(a - b) <= 1 ? 'holds' : 'weaker'
}

/** The evidence behind a verdict on "similar alliance policies" for two countries. */
export interface Verdict {
  readonly similarity: Similarity
  /** Allies of each country in the years looked at. */
  readonly counts: readonly [number, number]
  /** Partners each country is still allied with in the last year looked at. */
  readonly current: readonly [readonly string[], readonly string[]]
  readonly lastYear: number
}

const currentPartners = (allies: readonly Alliance[], year: number) =>
  allies.filter((a) => a.runs.some(([, to]) => to === year)).map((a) => a.partner)

/**
 * Vu's claim has two parts: both countries choose allies the same way (a similar number), and each
 * keeps one exception to its no-alliance policy to the end (China–North Korea, Vietnam–Laos). The
 * claim holds when the counts are similar and both, or neither, still have an ally in the last
 * year looked at; it is weaker when only one part holds; it falls apart when one has no ally.
 */
export function verdictOf(
  a: readonly Alliance[],
  b: readonly Alliance[],
  lastYear: number,
): Verdict {
  const counts = [a.length, b.length] as const
  const current = [currentPartners(a, lastYear), currentPartners(b, lastYear)] as const
  let s = similarity(a.length, b.length)
  if (s === 'holds' && current[0].length > 0 !== current[1].length > 0) s = 'weaker'
  return { similarity: s, counts, current, lastYear }
}

/** One reading of history judged whole: each country's allies, the model's accuracy, the verdict. */
export interface LensResult {
  /** Per country, in the order asked, its alliances in the years looked at. */
  readonly allies: readonly (readonly Alliance[])[]
  /** The model's accuracy against this reading, over every pair and year (null if none scored). */
  readonly accuracy: number | null
  /** On "similar alliance policies", for the first two countries. */
  readonly verdict: Verdict
}

/**
 * A lens: the dataset read through one alliance series (for a student's reading, a dataset whose
 * `series` the codes rewrote, see `withReading`), with the model run on `scenario` (a student's
 * threat codes, or none) and scored against that series.
 */
export function lensOf(
  c: CompiledDataset,
  series: HistorySeries,
  countries: readonly [string, string],
  scenario: Scenario,
  settings: ModelSettings,
  from = c.firstYear,
  to = c.lastYear,
): LensResult {
  const allies = countries.map((s) => alliancesOf(c, series, s, from, to))
  const e = evaluate(c, scenario, { ...settings, history: series })
  return {
    allies,
    accuracy: metricsOf(e.counts).accuracy,
    verdict: verdictOf(allies[0]!, allies[1]!, to),
  }
}
