import type { ContestedReading, IdeologyReading, Outcome, Rule } from '@/model/evaluate'
import type { HistorySeries, Regime, Threat } from '@/model/types'

/** The words the interface uses for the model's values, in one place. */

export const RULE_LABEL: Readonly<Record<Rule, string>> = {
  'two-criteria': 'Two criteria: shared threat and shared ideology',
  'security-only': 'Security only: a shared threat is enough',
  'ideology-only': 'Ideology only: shared ideology is enough',
  'two-criteria-lag': 'Two criteria, with an exit lag',
}

export const RULE_SHORT: Readonly<Record<Rule, string>> = {
  'two-criteria': 'two criteria',
  'security-only': 'security only',
  'ideology-only': 'ideology only',
  'two-criteria-lag': 'two criteria with exit lag',
}

export const HISTORY_LABEL: Readonly<Record<HistorySeries, string>> = {
  essay: "The essay's own coding",
  treaty_any: 'Any bilateral security treaty',
  treaty_defense: 'A mutual-defence treaty',
  cow: 'Correlates of War formal alliance',
  atop: 'ATOP alliance obligation',
}

export const HISTORY_SHORT: Readonly<Record<HistorySeries, string>> = {
  essay: "the essay's coding",
  treaty_any: 'any security treaty',
  treaty_defense: 'mutual-defence treaties',
  cow: 'COW alliances',
  atop: 'ATOP obligations',
}

export const IDEOLOGY_LABEL: Readonly<Record<IdeologyReading, string>> = {
  strict: 'Strict: both communist, and their parties not in open rift',
  lenient: 'Lenient: both communist',
}

export const IDEOLOGY_READING_SHORT: Readonly<Record<IdeologyReading, string>> = {
  strict: 'strict',
  lenient: 'lenient',
}

export const CONTESTED_LABEL: Readonly<Record<ContestedReading, string>> = {
  shared: 'Counts as shared',
  'not-shared': 'Counts as not shared',
}

export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = {
  hit: 'Hit',
  miss: 'Miss',
  false_alarm: 'False alarm',
  correct_rejection: 'Correct rejection',
  not_covered: 'Not covered',
}

export const OUTCOME_PLURAL: Readonly<Record<Outcome, string>> = {
  hit: 'hits',
  miss: 'misses',
  false_alarm: 'false alarms',
  correct_rejection: 'correct rejections',
  not_covered: 'years not covered',
}

export const OUTCOME_EXPLAINED: Readonly<Record<Outcome, string>> = {
  hit: 'alliance predicted, and history has one',
  miss: 'history has an alliance the model did not predict',
  false_alarm: 'alliance predicted, but history has none',
  correct_rejection: 'no alliance predicted, and none in history',
  not_covered: 'the chosen history series has no data for this year, so it is not scored',
}

export const REGIME_LABEL: Readonly<Record<Regime, string>> = {
  communist: 'communist',
  'non-communist': 'non-communist',
}

export const THREAT_LABEL: Readonly<Record<Threat, string>> = {
  yes: 'shared',
  no: 'not shared',
  contested: 'contested',
}

/** "1954–1991, 2000" from runs of years. */
export function formatRuns(runs: readonly (readonly [number, number])[]): string {
  if (runs.length === 0) return 'none'
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')
}

export const percent = (v: number | null, digits = 0) =>
  v === null ? '–' : `${(v * 100).toFixed(digits)}%`
