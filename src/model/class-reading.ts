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
import { PREDICTION, type Prediction } from './vocabulary'

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

// ---------------------------------------------------------------------------------------------
// Predict, then reveal: how the class answered an exercise before the reveal and after it

/** How many gave each answer. */
export type PredictionSpread = Readonly<Record<Prediction, number>>

/** Students who answered `from` before the reveal and `to` after it. */
export interface MindChange {
  readonly from: Prediction
  readonly to: Prediction
  readonly count: number
}

/** One exercise as the class answered it, before the reveal and after. */
export interface PredictionTally {
  readonly before: PredictionSpread
  readonly after: PredictionSpread
  /**
   * Who changed their mind, from each student's own two answers: of the students who answered
   * both times (`of`), how many answered differently after the reveal, and each change with its
   * count, in the answers' order. Null from a show of hands, which cannot say whose hand is whose.
   */
  readonly changed: {
    readonly count: number
    readonly of: number
    readonly changes: readonly MindChange[]
  } | null
}

const NO_ONE: PredictionSpread = { yes: 0, no: 0, unsure: 0 }

/** The class's exercise answers, one per student (either answer may be missing). */
export function tallyAnswers(
  answers: readonly { readonly prediction?: Prediction; readonly after?: Prediction }[],
): PredictionTally {
  const before = { ...NO_ONE }
  const after = { ...NO_ONE }
  const moves = new Map<string, number>()
  let of = 0
  for (const a of answers) {
    if (a.prediction) before[a.prediction]++
    if (a.after) after[a.after]++
    if (a.prediction && a.after) {
      of++
      if (a.after !== a.prediction) {
        const key = `${a.prediction}>${a.after}`
        moves.set(key, (moves.get(key) ?? 0) + 1)
      }
    }
  }
  const changes = PREDICTION.values.flatMap((from) =>
    PREDICTION.values.flatMap((to) => {
      const count = moves.get(`${from}>${to}`) ?? 0
      return count > 0 ? [{ from, to, count }] : []
    }),
  )
  return {
    before,
    after,
    changed: { count: changes.reduce((n, c) => n + c.count, 0), of, changes },
  }
}

/** A show of hands before the reveal and after it: the spreads only. */
export function tallyHands(
  before: Partial<PredictionSpread>,
  after: Partial<PredictionSpread>,
): PredictionTally {
  const whole = (s: Partial<PredictionSpread>): PredictionSpread => ({
    yes: s.yes ?? 0,
    no: s.no ?? 0,
    unsure: s.unsure ?? 0,
  })
  return { before: whole(before), after: whole(after), changed: null }
}

const total = (s: PredictionSpread) => s.yes + s.no + s.unsure

/**
 * The fewest students who must have changed their mind for the spread to move as it did, when the
 * same number answered both times (else null: hands alone cannot tell who came or went). Each
 * answer that lost hands lost them to another answer, so the losses add up to at least that many.
 */
export function fewestChanged(t: PredictionTally): number | null {
  const n = total(t.before)
  if (n === 0 || total(t.after) !== n) return null
  return PREDICTION.values.reduce((m, p) => m + Math.max(0, t.before[p] - t.after[p]), 0)
}

/** The columns of the predictions as a table: one row per exercise and answer. */
export const PREDICTION_COLUMNS = [
  'exercise',
  'answer',
  'before_reveal',
  'after_reveal',
  'changed_mind',
  'answered_both',
] as const

/**
 * The exercises' tallies as rows for a CSV. `changed_mind` and `answered_both` are the exercise's
 * (on each of its rows), empty when hands were counted: a show of hands cannot say.
 */
export function predictionRows(
  tallies: readonly { readonly exercise: string; readonly tally: PredictionTally }[],
): Record<(typeof PREDICTION_COLUMNS)[number], string | number>[] {
  return tallies.flatMap(({ exercise, tally }) =>
    PREDICTION.values.map((answer) => ({
      exercise,
      answer,
      before_reveal: tally.before[answer],
      after_reveal: tally.after[answer],
      changed_mind: tally.changed?.count ?? '',
      answered_both: tally.changed?.of ?? '',
    })),
  )
}
