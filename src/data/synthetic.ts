import type { Dataset, DyadRecord, Span, StateRecord } from '@/model/types'

/** A small seeded PRNG (mulberry32), so generated datasets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticOptions {
  readonly states: number
  readonly dyads: number
  readonly years: number
  readonly firstYear?: number
  readonly seed?: number
  /** Longest run of years a generated span covers. */
  readonly maxSpan?: number
}

/**
 * A made-up dataset with the shape of the real one, for benchmarks and property tests. States are
 * coded AAA, AAB, …; dyads pair states by a seeded draw. Every field is covered by random spans.
 */
export function generateDataset(opts: SyntheticOptions): Dataset {
  const rand = seededRandom(opts.seed ?? 1)
  const firstYear = opts.firstYear ?? 1000
  const lastYear = firstYear + opts.years - 1
  const maxSpan = opts.maxSpan ?? 40
  const pick = <T>(values: readonly T[]) => values[Math.floor(rand() * values.length)]!
  const spans = <T>(values: readonly T[]): Span<T>[] => {
    const out: Span<T>[] = []
    for (let from = firstYear; from <= lastYear;) {
      const to = Math.min(lastYear, from + Math.floor(rand() * maxSpan))
      out.push({
        from,
        to,
        value: pick(values),
        rationale: 'Generated coding for testing.',
        sources: ['SYN'],
        confidence: 'low',
      })
      from = to + 1
    }
    return out
  }
  // Three-letter codes, like the real dataset's: AAA, AAB, …
  const code = (i: number) =>
    [2, 1, 0].map((k) => String.fromCharCode(65 + (Math.floor(i / 26 ** k) % 26))).join('')
  const states: StateRecord[] = Array.from({ length: opts.states }, (_, i) => ({
    id: code(i),
    short: `State ${code(i)}`,
    names: [{ from: firstYear, to: lastYear, name: `State ${i}` }],
    regime: spans(['communist', 'non-communist'] as const),
  }))
  const seen = new Set<string>()
  const dyads: DyadRecord[] = []
  const maxDyads = (opts.states * (opts.states - 1)) / 2
  while (dyads.length < Math.min(opts.dyads, maxDyads)) {
    const a = Math.floor(rand() * opts.states)
    const b = Math.floor(rand() * opts.states)
    const id = `${code(a)}-${code(b)}`
    if (a === b || seen.has(id) || seen.has(`${code(b)}-${code(a)}`)) continue
    seen.add(id)
    dyads.push({
      id,
      a: code(a),
      b: code(b),
      threat: spans(['yes', 'no', 'contested'] as const).map((s) =>
        s.value === 'no' ? s : { ...s, adversary: 'Generated adversary' },
      ),
      rift: spans([false, false, true]),
      essay: spans([false, true]),
      treaty_any: spans([false, true]),
      treaty_defense: spans([false, false, true]),
      cow: spans(['none', 'defense', 'entente'] as const),
      atop: spans([[], ['defense'], ['consultation']] as const),
    })
  }
  return {
    firstYear,
    lastYear,
    sources: [{ id: 'SYN', title: 'Generated data', url: 'https://example.org/generated' }],
    states,
    dyads,
  }
}
