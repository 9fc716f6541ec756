import type { CaseScope, ContestedReading, IdeologyReading, Outcome, Rule } from '@/model/evaluate'
import type { HistorySeries } from '@/model/types'
import { activeLanguage, isLoaded, text, type KeyOf } from '@/i18n/catalogue'
import { formatDecimal, formatList, formatNumber } from '@/i18n/format'
import type { Language } from '@/i18n/languages'
import { useLanguage } from '@/i18n/react'
import { vocabularyWords } from './words.en'
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

type WordKey = KeyOf<typeof vocabularyWords>
const LABEL_KEYS: Readonly<Record<LabelKey, WordKey>> = Object.fromEntries(
  Object.keys(vocabularyWords.en).map((k) => [k, k]),
) as Record<LabelKey, WordKey>

/** Every table of words, in one language: what `useWords()` gives a component. */
export interface Words {
  readonly language: Language
  /** The label of a value, by its key in the vocabulary. */
  readonly label: (key: LabelKey) => string
  /** A vocabulary's labels by value, e.g. RULE_LABEL['security-only']. */
  readonly RULE_LABEL: Readonly<Record<Rule, string>>
  readonly HISTORY_LABEL: Readonly<Record<HistorySeries, string>>
  readonly IDEOLOGY_LABEL: Readonly<Record<IdeologyReading, string>>
  readonly CONTESTED_LABEL: Readonly<Record<ContestedReading, string>>
  readonly OUTCOME_LABEL: Readonly<Record<Outcome, string>>
  readonly SCOPE_LABEL: Readonly<Record<CaseScope, string>>
  readonly REGIME_LABEL: Readonly<Record<(typeof REGIME.values)[number], string>>
  readonly THREAT_LABEL: Readonly<Record<(typeof THREAT.values)[number], string>>
  readonly PREDICTION_LABEL: Readonly<Record<(typeof PREDICTION.values)[number], string>>
  readonly RULE_SHORT: Readonly<Record<Rule, string>>
  readonly HISTORY_SHORT: Readonly<Record<HistorySeries, string>>
  readonly IDEOLOGY_READING_SHORT: Readonly<Record<IdeologyReading, string>>
  /** The word for several of an outcome, e.g. "misses". */
  readonly OUTCOME_PLURAL: Readonly<Record<Outcome, string>>
  readonly OUTCOME_EXPLAINED: Readonly<Record<Outcome, string>>
  /** "1 miss", "2 misses": a count of an outcome with its word in the right number, lower case. */
  readonly outcomeCount: (o: Outcome, n: number) => string
  /** The word for `n` of an outcome: "miss" for one, "misses" for any other count. */
  readonly outcomeWord: (o: Outcome, n: number) => string
  /** "1954–1991, 2000" from runs of years. */
  readonly formatRuns: (runs: readonly (readonly [number, number])[]) => string
  /** A share as a percentage in the language's way, "–" for none. */
  readonly percent: (v: number | null, digits?: number) => string
  /** A number in the language's way. */
  readonly number: (n: number) => string
  /** A list in the language's way, "A, B and C". */
  readonly list: (items: readonly string[]) => string
}

function build(language: Language): Words {
  const w = (key: WordKey, params?: Record<string, number>) =>
    text(vocabularyWords, key, params, language)
  const label = (key: LabelKey) => w(LABEL_KEYS[key])
  const table = <N extends string, V extends string>(
    vocabulary: Vocabulary<N, V>,
  ): Readonly<Record<V, string>> => {
    const out = {} as Record<V, string>
    for (const v of vocabulary.values) out[v] = label(vocabulary.label(v) as LabelKey)
    return out
  }
  const byKey = <V extends string>(prefix: string, values: readonly V[]) => {
    const out = {} as Record<V, string>
    for (const v of values) out[v] = w(`${prefix}.${v}` as WordKey)
    return out
  }
  const outcomeWord = (o: Outcome, n: number) => w(`outcome-word.${o}` as WordKey, { n })
  return {
    language,
    label,
    RULE_LABEL: table(RULE),
    HISTORY_LABEL: table(SERIES),
    IDEOLOGY_LABEL: table(IDEOLOGY_READING),
    CONTESTED_LABEL: table(CONTESTED_READING),
    OUTCOME_LABEL: table(OUTCOME),
    SCOPE_LABEL: table(CASE_SCOPE),
    REGIME_LABEL: table(REGIME),
    THREAT_LABEL: table(THREAT),
    PREDICTION_LABEL: table(PREDICTION),
    RULE_SHORT: byKey('rule-short', RULE.values),
    HISTORY_SHORT: byKey('history-short', SERIES.values),
    IDEOLOGY_READING_SHORT: byKey('ideology-short', IDEOLOGY_READING.values),
    OUTCOME_PLURAL: Object.fromEntries(OUTCOME.values.map((o) => [o, outcomeWord(o, 2)])) as Record<
      Outcome,
      string
    >,
    OUTCOME_EXPLAINED: byKey('explained', OUTCOME.values),
    outcomeWord,
    outcomeCount: (o, n) => `${formatNumber(language, n)} ${outcomeWord(o, n)}`,
    formatRuns: (runs) =>
      runs.length === 0
        ? w('none')
        : runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', '),
    percent: (v, digits = 0) =>
      v === null
        ? w('no-value')
        : formatDecimal(language, v, { percent: true, minDigits: digits, maxDigits: digits }),
    number: (n) => formatNumber(language, n),
    list: (items) => formatList(language, items),
  }
}

const built = new Map<Language, Words>()

/** The words in `language` (the one in use by default). */
export function wordsIn(language: Language = activeLanguage()): Words {
  let words = built.get(language)
  if (!words) {
    words = build(language)
    // A language whose messages are still loading is built again once they are in.
    if (isLoaded(language)) built.set(language, words)
  }
  return words
}

/** The words in the language in use; the component renders again when it changes. */
export const useWords = (): Words => wordsIn(useLanguage())

/*
 * The English tables, for code that writes English whatever the language (the CSV's codes, tests).
 * Interface code takes its words from `useWords()` or `wordsIn()`.
 */
const EN = wordsIn('en')
export const label = EN.label
export const {
  RULE_LABEL,
  HISTORY_LABEL,
  IDEOLOGY_LABEL,
  CONTESTED_LABEL,
  OUTCOME_LABEL,
  SCOPE_LABEL,
  REGIME_LABEL,
  THREAT_LABEL,
  PREDICTION_LABEL,
  RULE_SHORT,
  HISTORY_SHORT,
  IDEOLOGY_READING_SHORT,
  OUTCOME_PLURAL,
  OUTCOME_EXPLAINED,
  outcomeCount,
  outcomeWord,
  formatRuns,
} = EN

/** A share as a percentage, "–" for none; `digits` after the point. */
export const percent = (v: number | null, digits = 0) =>
  v === null ? '–' : `${(v * 100).toFixed(digits)}%`
