/**
 * How far the students of a class agree when they code the same items ("Is the 1977
 * Vietnam–Laos treaty an alliance? yes / no / unsure"). Two views, for the teacher's class
 * results:
 *
 * - per item, the share of pairs of students who gave the same answer and how the answers spread;
 * - over all items, Krippendorff's alpha for nominal data, which discounts the agreement that
 *   chance alone would produce given how often each answer is used.
 *
 * An answer is any string or number, compared with `===`; `null` means the student gave none.
 */

/** One coder's answer to one item, or `null` when the coder gave none. */
export type Answer<V extends AnswerValue> = V | null
export type AnswerValue = string | number

export interface AgreementOptions<V extends AnswerValue> {
  /**
   * Answers that still count in the spread but that the agreement statistics treat as missing,
   * as if the coder had not answered: a student who says "unsure" has not coded the item, and
   * two students who are both unsure have not agreed on anything about it. None by default, so
   * no answer is set aside unless the caller says so (see {@link UNSURE_IS_MISSING}).
   */
  readonly notCoded?: readonly V[]
}

/**
 * The class results' rule for "unsure": shown in the spread, left out of percentage agreement
 * and of alpha. Counting it as an answer would reward a class for being unsure together.
 */
export const UNSURE_IS_MISSING: AgreementOptions<string> = { notCoded: ['unsure'] }

/** How many coders gave one answer. */
export interface SpreadEntry<V extends AnswerValue> {
  readonly value: V
  readonly count: number
}

export interface PercentAgreement<V extends AnswerValue> {
  /** Answers that take part in the pairs: not missing and not in `notCoded`. */
  readonly coded: number
  /** Pairs of those answers: coded · (coded − 1) / 2. */
  readonly pairs: number
  /** Pairs whose two answers are the same. */
  readonly agreeingPairs: number
  /** agreeingPairs / pairs; null when fewer than two coders coded the item. */
  readonly agreement: number | null
  /** Every answer given, `notCoded` ones included, in the order described at {@link spreadOf}. */
  readonly spread: readonly SpreadEntry<V>[]
  /** Coders with no answer at all (`null`). */
  readonly unanswered: number
}

/**
 * Counts per answer, in a stable order: first the item's own `values` in the order given (zero
 * counts included, so every option shows), then any other answer in the order it first appears.
 * Missing answers (`null`) are not in the spread.
 */
export function spreadOf<V extends AnswerValue>(
  answers: readonly Answer<V>[],
  values: readonly V[] = [],
): SpreadEntry<V>[] {
  const counts = new Map<V, number>(values.map((v) => [v, 0]))
  for (const a of answers) if (a !== null) counts.set(a, (counts.get(a) ?? 0) + 1)
  return [...counts].map(([value, count]) => ({ value, count }))
}

/** The answers the agreement statistics use: neither missing nor set aside as not coded. */
function codedAnswers<V extends AnswerValue>(
  answers: readonly Answer<V>[],
  notCoded: readonly V[] = [],
): V[] {
  return answers.filter((a): a is V => a !== null && !notCoded.includes(a))
}

/** Per answer value, how many times it occurs. */
function countsOf<V>(values: readonly V[]): Map<V, number> {
  const counts = new Map<V, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return counts
}

const pairsOf = (n: number) => (n * (n - 1)) / 2

/**
 * Pairwise percentage agreement for one item: of all pairs of coders who both coded it, the
 * share who gave the same answer. Missing answers and `notCoded` ones take no part in the pairs
 * (but `notCoded` ones do show in the spread). It does not correct for chance: on a yes/no item
 * where nearly everyone says yes it is high whatever the students understood, which is why the
 * overall view uses {@link krippendorffAlpha}.
 *
 * @param answers one answer per coder for this item
 * @param options `values`: the item's answer options, to fix the spread's order
 */
export function percentAgreement<V extends AnswerValue>(
  answers: readonly Answer<V>[],
  options: AgreementOptions<V> & { readonly values?: readonly V[] } = {},
): PercentAgreement<V> {
  const coded = codedAnswers(answers, options.notCoded)
  const pairs = pairsOf(coded.length)
  let agreeingPairs = 0
  for (const n of countsOf(coded).values()) agreeingPairs += pairsOf(n)
  return {
    coded: coded.length,
    pairs,
    agreeingPairs,
    agreement: pairs === 0 ? null : agreeingPairs / pairs,
    spread: spreadOf(answers, options.values),
    unanswered: answers.filter((a) => a === null).length,
  }
}

/**
 * Percentage agreement over many items, pooling their pairs so that an item with more coders
 * weighs more; null when no item has two coded answers.
 *
 * @param units one array per item, holding that item's answers
 */
export function pooledPercentAgreement<V extends AnswerValue>(
  units: readonly (readonly Answer<V>[])[],
  options: AgreementOptions<V> = {},
): { readonly pairs: number; readonly agreeingPairs: number; readonly agreement: number | null } {
  let pairs = 0
  let agreeingPairs = 0
  for (const u of units) {
    const p = percentAgreement(u, options)
    pairs += p.pairs
    agreeingPairs += p.agreeingPairs
  }
  return { pairs, agreeingPairs, agreement: pairs === 0 ? null : agreeingPairs / pairs }
}

/** Why alpha has no value for some data. */
export type AlphaUndefinedReason =
  /** No item has two coded answers, so there is no pair to compare. */
  | 'no-pairable-units'
  /** Every coded answer is the same: nothing varies, so there is no disagreement to expect. */
  | 'no-variation'

interface AlphaCounts {
  /** n: the coded answers in items with at least two of them (the pairable values). */
  readonly pairableValues: number
  /** Items with at least two coded answers; the others are dropped. */
  readonly pairableUnits: number
}

export type KrippendorffAlpha =
  | (AlphaCounts & {
      readonly defined: true
      /** 1 is perfect agreement, 0 agreement no better than chance, below 0 systematic disagreement. */
      readonly alpha: number
      /**
       * D_o = Σ_{c≠k} o_ck / n: the share of pairable answers paired, within their items, with a
       * different answer (each answer weighs one, however many coders shared its item).
       */
      readonly observedDisagreement: number
      /**
       * D_e = Σ_{c≠k} n_c·n_k / (n · (n − 1)): the same share if the answers were paired at random
       * across all items. alpha = 1 − D_o / D_e.
       */
      readonly expectedDisagreement: number
    })
  | (AlphaCounts & { readonly defined: false; readonly reason: AlphaUndefinedReason })

/**
 * Krippendorff's alpha for nominal data, over units (items) × coders, from the coincidence
 * matrix: alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 *
 * Each unit with m_u ≥ 2 coded answers adds every ordered pair of its answers (from different
 * coders) to the coincidence matrix, each with weight 1 / (m_u − 1), so that every answer
 * contributes exactly one to the matrix; n_c is the number of times answer c occurs in pairable
 * units and n their total. Units with fewer than two coded answers cannot be paired and are
 * dropped, as Krippendorff prescribes, so a coder who skipped items does not spoil the rest.
 *
 * Not defined (`defined: false`) in two cases, rather than a made-up number:
 * - `no-pairable-units`: no unit has two coded answers (the formula has nothing to count);
 * - `no-variation`: every pairable answer is the same, so expected disagreement is 0 and alpha
 *   is 0/0. Krippendorff reads such data as carrying no information about reliability (the
 *   coders were never put to the test), so we do not report the tempting 1.
 *
 * Alpha is for the class over all items. For a single item it is never informative: with one
 * unit, observed and expected disagreement coincide and alpha is 0 whenever it is defined, so
 * the per-item view shows {@link percentAgreement} and the spread instead.
 *
 * @param units one array per unit (item), holding the answers of the coders for it; the coders'
 *   positions need not line up across units, since nominal alpha does not use coder identity
 * @param options `notCoded`: answers to treat as missing (see {@link UNSURE_IS_MISSING})
 */
export function krippendorffAlpha<V extends AnswerValue>(
  units: readonly (readonly Answer<V>[])[],
  options: AgreementOptions<V> = {},
): KrippendorffAlpha {
  let n = 0
  let pairableUnits = 0
  let offDiagonal = 0 // Σ_{c≠k} o_ck
  const totals = new Map<V, number>()
  for (const unit of units) {
    const coded = codedAnswers(unit, options.notCoded)
    const m = coded.length
    if (m < 2) continue
    pairableUnits++
    n += m
    let sameOrdered = 0
    for (const [value, count] of countsOf(coded)) {
      totals.set(value, (totals.get(value) ?? 0) + count)
      sameOrdered += count * count
    }
    // Ordered pairs of different answers in this unit: m² − Σ count², each weighted 1/(m − 1).
    offDiagonal += (m * m - sameOrdered) / (m - 1)
  }
  const counts = { pairableValues: n, pairableUnits }
  if (pairableUnits === 0) return { ...counts, defined: false, reason: 'no-pairable-units' }
  let sameTotal = 0
  for (const t of totals.values()) sameTotal += t * t
  const expectedPairs = n * n - sameTotal // Σ_{c≠k} n_c·n_k
  if (expectedPairs === 0) return { ...counts, defined: false, reason: 'no-variation' }
  return {
    ...counts,
    defined: true,
    alpha: 1 - ((n - 1) * offDiagonal) / expectedPairs,
    observedDisagreement: offDiagonal / n,
    expectedDisagreement: expectedPairs / (n * (n - 1)),
  }
}
