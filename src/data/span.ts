import type { Confidence } from '@/model/types'

/** Raw span as written in the data files; the schema checks it before anything uses it. */
export interface RawSpan<T> {
  from: number
  to: number
  value: T
  confidence: Confidence
  sources: string[]
  rationale: string
  adversary?: string
  contested?: string
}

/**
 * Shorthand for one coded span: years (both included), value, confidence, space-separated source
 * ids, and a one-line rationale in our own words. `extra` holds the common adversary of a threat
 * and, where sources or readings disagree, a `contested` note naming the other reading.
 */
export function span<T>(
  from: number,
  to: number,
  value: T,
  confidence: Confidence,
  sources: string,
  rationale: string,
  extra: { adversary?: string; contested?: string } = {},
): RawSpan<T> {
  return {
    from,
    to,
    value,
    confidence,
    sources: sources.split(/\s+/).filter(Boolean),
    rationale,
    ...extra,
  }
}
