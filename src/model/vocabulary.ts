/**
 * The domain's closed sets of values, each defined once, here: its values in the order forms list
 * them, a compact code per value, and the key of each value's label in the interface's words.
 *
 * Everything else derives from these lists: the TypeScript types below, the zod schemas of the
 * dataset and of links, files and the autosave, the link's letters, the options of every form,
 * the per-year codes of the compiled data and the evaluation, and the label tables. Adding a value
 * means adding one entry here and its label in `src/ui/words.ts`; the compiler then names every
 * table that still lacks it.
 */

type Value = string | boolean

/** One closed set of values. */
export interface Vocabulary<N extends string, V extends Value> {
  /** The set's name, the first part of each label key, e.g. "regime". */
  readonly name: N
  /** Every value, in the order forms list them. */
  readonly values: readonly V[]
  /** The value's compact code: a letter in links where links are read by machines, else the value. */
  readonly code: (v: V) => string
  /** The code of anything that may be a value, or undefined when it is not one. */
  readonly codeOf: (x: unknown) => string | undefined
  /** The value a code stands for, or undefined for a code the set does not have. */
  readonly ofCode: (code: string) => V | undefined
  /** The value's position in `values`: its code in per-year arrays. */
  readonly index: (v: V) => number
  /** The key of the value's label in the interface's words, e.g. "regime.communist". */
  readonly label: (v: V) => LabelKeyOf<N, V>
  /** True when `x` is one of the values (for reading untrusted data). */
  readonly has: (x: unknown) => x is V
}

export type LabelKeyOf<N extends string, V extends Value> = `${N}.${V}`

/**
 * A vocabulary from `[value, code]` pairs. Codes must be unique within the set; a code left out is
 * the value itself (as text).
 */
function vocabulary<const N extends string, const V extends Value>(
  name: N,
  entries: readonly (readonly [V, string?])[],
): Vocabulary<N, V> {
  const values = entries.map(([v]) => v)
  const codes = new Map(entries.map(([v, code]) => [v, code ?? String(v)]))
  const byCode = new Map(entries.map(([v, code]) => [code ?? String(v), v]))
  if (byCode.size !== entries.length) throw new Error(`vocabulary ${name}: codes must be unique`)
  const index = new Map(values.map((v, i) => [v, i]))
  return Object.freeze({
    name,
    values: Object.freeze(values),
    code: (v: V) => codes.get(v)!,
    codeOf: (x: unknown) => codes.get(x as V),
    ofCode: (code: string) => byCode.get(code),
    index: (v: V) => index.get(v)!,
    label: (v: V) => `${name}.${String(v)}` as LabelKeyOf<N, V>,
    has: (x: unknown): x is V => index.has(x as V),
  })
}

export type ValueOf<T> = T extends Vocabulary<string, infer V> ? V : never

/** `communist`: a ruling Marxist-Leninist party with a monopoly on power and control of the army. */
export const REGIME = vocabulary('regime', [
  ['communist', 'c'],
  ['non-communist', 'n'],
])
export type Regime = ValueOf<typeof REGIME>

/** Whether the two states face a common adversary and are not rivals of each other. */
export const THREAT = vocabulary('threat', [
  ['yes', 'y'],
  ['no', 'n'],
  ['contested', 'c'],
])
export type Threat = ValueOf<typeof THREAT>

/** Open doctrinal or organisational conflict between the two ruling parties (`true`), or none. */
export const RIFT = vocabulary('rift', [
  [true, 'o'],
  [false, 'x'],
])

/** The inputs a scenario can change; the code is the layer's key in a share link. */
export const LAYER = vocabulary('layer', [
  ['regime', 'r'],
  ['threat', 't'],
  ['rift', 'f'],
])
export type Layer = ValueOf<typeof LAYER>

/** Which record of history the model is scored against: the alliance series. */
export const SERIES = vocabulary('history', [
  ['essay'],
  ['treaty_any'],
  ['treaty_defense'],
  ['cow'],
  ['atop'],
])
export type HistorySeries = ValueOf<typeof SERIES>

/**
 * How a prediction compares with the year's history; the index is the outcome's code in the
 * evaluation's per-year arrays. `not_covered`: the series has no data for the year. `absent`: one
 * of the two states did not exist that year, so it is not a dyad-year at all.
 */
export const OUTCOME = vocabulary('outcome', [
  ['hit'],
  ['miss'],
  ['false_alarm'],
  ['correct_rejection'],
  ['not_covered'],
  ['absent'],
])
export type Outcome = ValueOf<typeof OUTCOME>

/**
 * The decision rules. `two-criteria` is the essay's theory: an alliance iff a shared threat AND
 * a shared ideology. `two-criteria-lag` lets an alliance the model predicted survive `lag` years
 * after a criterion fails (the essay's Sino-Soviet 1960–69 and Vietnam–Russia 1991–94 gaps).
 */
export const RULE = vocabulary('rule', [
  ['two-criteria'],
  ['security-only'],
  ['ideology-only'],
  ['two-criteria-lag'],
])
export type Rule = ValueOf<typeof RULE>

/** `strict`: both communist and no party rift. `lenient`: both communist. */
export const IDEOLOGY_READING = vocabulary('ideology', [['strict'], ['lenient']])
export type IdeologyReading = ValueOf<typeof IDEOLOGY_READING>

/** How a threat coded `contested` is read. */
export const CONTESTED_READING = vocabulary('contested', [['shared'], ['not-shared']])
export type ContestedReading = ValueOf<typeof CONTESTED_READING>

/** How far to trust a coding. */
export const CONFIDENCE = vocabulary('confidence', [['high'], ['medium'], ['low']])
export type Confidence = ValueOf<typeof CONFIDENCE>

/** Correlates of War formal alliance types, strongest obligation first. */
export const COW_TYPE = vocabulary('cow', [
  ['defense'],
  ['neutrality'],
  ['nonaggression'],
  ['entente'],
  ['none'],
])
export type CowType = ValueOf<typeof COW_TYPE>

/** Bilateral obligations coded by ATOP (multilateral artefacts are left out of the dataset). */
export const ATOP_OBLIGATION = vocabulary('atop', [
  ['defense'],
  ['offense'],
  ['neutrality'],
  ['nonaggression'],
  ['consultation'],
])
export type AtopObligation = ValueOf<typeof ATOP_OBLIGATION>

/**
 * Which body of cases a pair belongs to: the eleven pairs the essay chose, or the pairs added to
 * test whether the rule travels beyond them.
 */
export const CASE_SET = vocabulary('cases', [['essay'], ['out-of-sample']])
export type CaseSet = ValueOf<typeof CASE_SET>

/** Which bodies of cases the explorer shows and scores: one of them, or both. */
export const CASE_SCOPE = vocabulary('scope', [['essay'], ['out-of-sample'], ['all']])
export type CaseScope = ValueOf<typeof CASE_SCOPE>

/** A student's prediction in an exercise, made before the reveal. */
export const PREDICTION = vocabulary('prediction', [['yes'], ['no'], ['unsure']])
export type Prediction = ValueOf<typeof PREDICTION>

/** Every vocabulary, for the label table and its completeness test. */
export const VOCABULARIES = [
  REGIME,
  THREAT,
  RIFT,
  LAYER,
  SERIES,
  OUTCOME,
  RULE,
  IDEOLOGY_READING,
  CONTESTED_READING,
  CONFIDENCE,
  COW_TYPE,
  ATOP_OBLIGATION,
  CASE_SET,
  CASE_SCOPE,
  PREDICTION,
] as const

/**
 * The key of any value's label, e.g. "rule.security-only". Read from each set's `name` and
 * `values` (inferring through `Vocabulary<N, V>` itself gives `never`, as V is also a parameter).
 */
type KeysOf<T> = T extends {
  readonly name: infer N extends string
  readonly values: readonly (infer V extends Value)[]
}
  ? LabelKeyOf<N, V>
  : never
export type LabelKey = KeysOf<(typeof VOCABULARIES)[number]>
