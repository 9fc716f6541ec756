import {
  krippendorffAlpha,
  percentAgreement,
  UNSURE_IS_MISSING,
  type Answer,
  type KrippendorffAlpha,
  type PercentAgreement,
} from './agreement'
import {
  codeOf,
  decidingAnswer,
  decidingQuestion,
  optionsOf,
  type Code,
  type CodingItem,
  type Codes,
  type Deciding,
} from './coding'

/*
 * A class's codes of the disputed cases, combined: how the answers spread on each case, how far
 * the students agreed, and the class reading (each case's majority answer), which the debate then
 * judges like any other reading. The answers come from students' codes or from a show of hands.
 */

/** Per item, in the items' order: every student's deciding answer. */
export function answersFromCodes(
  items: readonly CodingItem[],
  students: readonly Codes[],
): Answer<Deciding>[][] {
  return items.map((item) => students.map((codes) => decidingAnswer(item, codeOf(codes, item.id))))
}

/** Hands up: per item id, how many raised a hand for each option (by the option's text). */
export type HandCounts = Readonly<Record<string, Readonly<Record<string, number>>>>

/**
 * A show of hands as answers: each hand one answer. Nominal agreement does not need to know who
 * answered what, so counts carry everything the statistics use.
 */
export function answersFromHands(
  items: readonly CodingItem[],
  hands: HandCounts,
): Answer<Deciding>[][] {
  return items.map((item) => {
    const counts = Object.hasOwn(hands, item.id) ? hands[item.id]! : {}
    return optionsOf(item).flatMap((option) => {
      const n = counts[String(option)] ?? 0
      return Array<Deciding>(Number.isInteger(n) && n > 0 ? n : 0).fill(option)
    })
  })
}

/** One case, as the class answered it. */
export interface ItemResult {
  readonly item: CodingItem
  readonly agreement: PercentAgreement<Deciding>
  /**
   * The answer most gave, when one answer has more than any other and it decides something
   * ("unsure" does not); else null, and the class reading keeps Vu's coding for the case.
   */
  readonly majority: Deciding | null
}

export interface ClassResults {
  readonly items: readonly ItemResult[]
  /** Krippendorff's alpha over every case, "unsure" counted as no code. */
  readonly alpha: KrippendorffAlpha
  /** The class reading: each case's majority answer as a code. */
  readonly codes: Codes
}

/** Combines the class's answers (one array per item, in the items' order). */
export function classResults(
  items: readonly CodingItem[],
  answers: readonly (readonly Answer<Deciding>[])[],
): ClassResults {
  const results = items.map((item, i): ItemResult => {
    const agreement = percentAgreement(answers[i] ?? [], {
      ...UNSURE_IS_MISSING,
      values: optionsOf(item),
    })
    const ranked = [...agreement.spread].sort((a, b) => b.count - a.count)
    const [top, next] = ranked
    const majority =
      top && top.count > 0 && (!next || top.count > next.count) && top.value !== 'unsure'
        ? top.value
        : null
    return { item, agreement, majority }
  })
  const codes: Record<string, Code> = {}
  for (const { item, majority } of results)
    if (majority !== null) codes[item.id] = { [decidingQuestion(item)]: majority } as Code
  return {
    items: results,
    alpha: krippendorffAlpha(answers, UNSURE_IS_MISSING),
    codes,
  }
}

/** The columns of the class results as a table (one row per case and answer). */
export const CLASS_RESULT_COLUMNS = [
  'case',
  'question',
  'answer',
  'count',
  'agreement',
  'class_reading',
] as const

/** The class results as rows for a CSV: each case's answers with their counts, then its figures. */
export function classResultRows(
  r: ClassResults,
): Record<(typeof CLASS_RESULT_COLUMNS)[number], string | number>[] {
  return r.items.flatMap(({ item, agreement, majority }) =>
    agreement.spread.map((s) => ({
      case: item.id,
      question: decidingQuestion(item),
      answer: s.value,
      count: s.count,
      agreement: agreement.agreement === null ? '' : Number(agreement.agreement.toFixed(4)),
      class_reading: majority ?? '',
    })),
  )
}

/** The reasons a class gave for one case, grouped by the answer they back, in the options' order. */
export function reasonsByAnswer(
  item: CodingItem,
  students: readonly { readonly nickname: string; readonly codes: Codes }[],
): {
  readonly answer: Deciding
  readonly reasons: readonly { nickname: string; reason: string }[]
}[] {
  return optionsOf(item)
    .map((answer) => ({
      answer,
      reasons: students.flatMap((s) => {
        const code = codeOf(s.codes, item.id)
        const reason = code?.reason?.trim()
        return reason && decidingAnswer(item, code) === answer
          ? [{ nickname: s.nickname, reason }]
          : []
      }),
    }))
    .filter((g) => g.reasons.length > 0)
}
