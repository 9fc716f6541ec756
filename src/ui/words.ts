import type { CaseScope, ContestedReading, IdeologyReading, Outcome, Rule } from '@/model/evaluate'
import type { HistorySeries } from '@/model/types'
import {
  CASE_SCOPE,
  CONTESTED_READING,
  SERIES,
  IDEOLOGY_READING,
  OUTCOME,
  PREDICTION,
  REGIME,
  RULE,
  THREAT,
  type LabelKey,
  type Vocabulary,
} from '@/model/vocabulary'

/**
 * The words the interface uses for the model's values, in one place: one label per value of every
 * vocabulary in `@/model/vocabulary`, by the value's label key. The compiler refuses this table
 * while a value has no label.
 */
const LABELS: Readonly<Record<LabelKey, string>> = {
  'regime.communist': 'communist',
  'regime.non-communist': 'non-communist',
  'threat.yes': 'shared',
  'threat.no': 'not shared',
  'threat.contested': 'contested',
  'rift.true': 'party rift',
  'rift.false': 'no party rift',
  'layer.regime': 'Regime',
  'layer.threat': 'Shared threat',
  'layer.rift': 'Party rift',
  'history.essay': "The essay's own coding",
  'history.treaty_any': 'Any bilateral security treaty',
  'history.treaty_defense': 'A mutual-defence treaty',
  'history.cow': 'Correlates of War formal alliance',
  'history.atop': 'ATOP alliance obligation',
  'outcome.hit': 'Hit',
  'outcome.miss': 'Miss',
  'outcome.false_alarm': 'False alarm',
  'outcome.correct_rejection': 'Correct rejection',
  'outcome.not_covered': 'Not covered',
  'outcome.absent': 'State did not exist',
  'rule.two-criteria': 'Two criteria: shared threat and shared ideology',
  'rule.security-only': 'Security only: a shared threat is enough',
  'rule.ideology-only': 'Ideology only: shared ideology is enough',
  'rule.two-criteria-lag': 'Two criteria, with an exit lag',
  'ideology.strict': 'Strict: both communist, and their parties not in open rift',
  'ideology.lenient': 'Lenient: both communist',
  'contested.shared': 'Counts as shared',
  'contested.not-shared': 'Counts as not shared',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  'cow.defense': 'defence pact',
  'cow.neutrality': 'neutrality pact',
  'cow.nonaggression': 'non-aggression pact',
  'cow.entente': 'entente',
  'cow.none': 'no alliance',
  'atop.defense': 'defence',
  'atop.offense': 'offence',
  'atop.neutrality': 'neutrality',
  'atop.nonaggression': 'non-aggression',
  'atop.consultation': 'consultation',
  'cases.essay': "The essay's cases",
  'cases.out-of-sample': 'Out of sample',
  'scope.essay': "The essay's cases",
  'scope.out-of-sample': 'Out of sample',
  'scope.all': 'Both',
  'prediction.yes': 'Yes, they stay allied',
  'prediction.no': 'No alliance',
  'prediction.unsure': 'Not sure',
}

/** The label of a value, by its key in the vocabulary. */
export const label = (key: LabelKey): string => LABELS[key]

/** A vocabulary's labels by value, e.g. RULE_LABEL['security-only']. */
function labelsOf<N extends string, V extends string>(
  vocabulary: Vocabulary<N, V>,
): Readonly<Record<V, string>> {
  const out = {} as Record<V, string>
  for (const v of vocabulary.values) out[v] = LABELS[vocabulary.label(v) as LabelKey]
  return out
}

export const RULE_LABEL: Readonly<Record<Rule, string>> = labelsOf(RULE)
export const HISTORY_LABEL: Readonly<Record<HistorySeries, string>> = labelsOf(SERIES)
export const IDEOLOGY_LABEL: Readonly<Record<IdeologyReading, string>> = labelsOf(IDEOLOGY_READING)
export const CONTESTED_LABEL: Readonly<Record<ContestedReading, string>> =
  labelsOf(CONTESTED_READING)
export const OUTCOME_LABEL: Readonly<Record<Outcome, string>> = labelsOf(OUTCOME)
export const SCOPE_LABEL: Readonly<Record<CaseScope, string>> = labelsOf(CASE_SCOPE)
export const REGIME_LABEL = labelsOf(REGIME)
export const THREAT_LABEL = labelsOf(THREAT)
export const PREDICTION_LABEL = labelsOf(PREDICTION)

export const RULE_SHORT: Readonly<Record<Rule, string>> = {
  'two-criteria': 'two criteria',
  'security-only': 'security only',
  'ideology-only': 'ideology only',
  'two-criteria-lag': 'two criteria with exit lag',
}

export const HISTORY_SHORT: Readonly<Record<HistorySeries, string>> = {
  essay: "the essay's coding",
  treaty_any: 'any security treaty',
  treaty_defense: 'mutual-defence treaties',
  cow: 'COW alliances',
  atop: 'ATOP obligations',
}

export const IDEOLOGY_READING_SHORT: Readonly<Record<IdeologyReading, string>> = {
  strict: 'strict',
  lenient: 'lenient',
}

export const OUTCOME_PLURAL: Readonly<Record<Outcome, string>> = {
  hit: 'hits',
  miss: 'misses',
  false_alarm: 'false alarms',
  correct_rejection: 'correct rejections',
  not_covered: 'years not covered',
  absent: 'years a state did not exist',
}

const OUTCOME_SINGULAR: Readonly<Record<Outcome, string>> = {
  hit: 'hit',
  miss: 'miss',
  false_alarm: 'false alarm',
  correct_rejection: 'correct rejection',
  not_covered: 'year not covered',
  absent: 'year a state did not exist',
}

/** "1 miss", "2 misses": a count of an outcome with its word in the right number, lower case. */
export const outcomeCount = (o: Outcome, n: number): string => `${n} ${outcomeWord(o, n)}`

/** The word for `n` of an outcome: "miss" for one, "misses" for any other count. */
export const outcomeWord = (o: Outcome, n: number): string =>
  n === 1 ? OUTCOME_SINGULAR[o] : OUTCOME_PLURAL[o]

export const OUTCOME_EXPLAINED: Readonly<Record<Outcome, string>> = {
  hit: 'alliance predicted, and history has one',
  miss: 'history has an alliance the model did not predict',
  false_alarm: 'alliance predicted, but history has none',
  correct_rejection: 'no alliance predicted, and none in history',
  not_covered: 'the chosen history series has no data for this year, so it is not scored',
  absent:
    'one of the two states did not exist this year, so it is not a dyad-year and is not scored',
}

/** "1954–1991, 2000" from runs of years. */
export function formatRuns(runs: readonly (readonly [number, number])[]): string {
  if (runs.length === 0) return 'none'
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')
}

export const percent = (v: number | null, digits = 0) =>
  v === null ? '–' : `${(v * 100).toFixed(digits)}%`
