import type { CaseScope, CaseSet, Dataset, DyadRecord, StateRecord, YearRange } from './types'

/*
 * When states and pairs existed, and which body of cases a pair belongs to. A year outside a
 * pair's lifespan is not a dyad-year: the model does not evaluate it and the metrics leave it out.
 */

/** The pair's body of cases. */
export const caseSetOf = (d: Pick<DyadRecord, 'caseSet'>): CaseSet => d.caseSet ?? 'essay'

/** The years a state existed within the dataset's years. */
export function stateLifespan(
  s: Pick<StateRecord, 'lifespan'>,
  d: Pick<Dataset, 'firstYear' | 'lastYear'>,
): YearRange {
  return {
    from: Math.max(d.firstYear, s.lifespan?.from ?? d.firstYear),
    to: Math.min(d.lastYear, s.lifespan?.to ?? d.lastYear),
  }
}

/**
 * The years both states of a pair existed: its dyad-years. Empty (`from > to`) when they never
 * overlapped, which the schema refuses.
 */
export function dyadLifespan(a: YearRange, b: YearRange): YearRange {
  return { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) }
}

/**
 * Whether a pair is in view under a case scope. A user's own pairs are always in view: they are
 * the case the user came to test.
 */
export const inScope = (d: Pick<DyadRecord, 'caseSet' | 'userCase'>, scope: CaseScope): boolean =>
  scope === 'all' || d.userCase === true || caseSetOf(d) === scope
