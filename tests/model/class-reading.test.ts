// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { CODING_ITEMS } from '@/data/coding-items'
import {
  answersFromCodes,
  answersFromHands,
  classResults,
  fewestChanged,
  predictionRows,
  tallyAnswers,
  tallyHands,
} from '@/model/class-reading'
import { applyCodes, optionsOf, withReading, type Codes } from '@/model/coding'
import { lensOf } from '@/model/debate'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'

const LAOS = CODING_ITEMS.find((i) => i.id === 'vnm-lao-1977')!
const SPLIT = CODING_ITEMS.find((i) => i.id === 'chn-rus-end')!
const ITEMS = [LAOS, SPLIT]

describe('the class reading', () => {
  it('takes each case’s majority, and keeps Vu’s coding on a tie or an unsure majority', () => {
    const students: Codes[] = [
      { 'vnm-lao-1977': { alliance: 'no' as const }, 'chn-rus-end': { end: 1980 } },
      {
        'vnm-lao-1977': { alliance: 'no' as const, reason: 'no clause' },
        'chn-rus-end': { end: 1969 },
      },
      { 'vnm-lao-1977': { alliance: 'yes' as const } },
    ]
    const r = classResults(ITEMS, answersFromCodes(ITEMS, students))
    expect(r.items[0]!.agreement.spread).toEqual([
      { value: 'yes', count: 1 },
      { value: 'no', count: 2 },
      { value: 'unsure', count: 0 },
    ])
    // Three coders, three pairs, one of them agreeing ("no", "no").
    expect(r.items[0]!.agreement.agreement).toBeCloseTo(1 / 3)
    expect(r.items[0]!.majority).toBe('no')
    expect(r.items[1]!.agreement.unanswered).toBe(1)
    expect(r.items[1]!.majority).toBeNull() // 1980 and 1969 tie
    expect(r.codes).toEqual({ 'vnm-lao-1977': { alliance: 'no' } })

    const unsure = classResults(
      [LAOS],
      answersFromCodes(
        [LAOS],
        [
          { 'vnm-lao-1977': { alliance: 'unsure' } },
          { 'vnm-lao-1977': { alliance: 'unsure' } },
          { 'vnm-lao-1977': { alliance: 'no' } },
        ],
      ),
    )
    expect(unsure.items[0]!.majority).toBeNull()
    // "Unsure" is shown in the spread but is no code: one coded answer, no pair to agree.
    expect(unsure.items[0]!.agreement.agreement).toBeNull()
  })

  it('reads a show of hands as that many answers, with the same statistics', () => {
    const hands = {
      'vnm-lao-1977': { yes: 4, no: 20, unsure: 3 },
      'chn-rus-end': { '1960': 2, '1969': 5, '1980': 18 },
    }
    const r = classResults(ITEMS, answersFromHands(ITEMS, hands))
    expect(r.items.map((i) => i.majority)).toEqual(['no', 1980])
    expect(r.items[1]!.agreement.spread.map((s) => s.count)).toEqual([2, 5, 18])
    expect(r.alpha.defined).toBe(true)
    // Hostile counts (negative, fractional) raise no hands.
    const odd = answersFromHands(ITEMS, { 'vnm-lao-1977': { yes: -3, no: 2.5, unsure: 1 } })
    expect(odd[0]).toEqual(['unsure'])
  })

  it('is a reading like any other: a class that codes like Lan gets Lan’s verdict', () => {
    const lanClass = [0, 1, 2].map(() =>
      Object.fromEntries(CODING_ITEMS.map((i) => [i.id, i.decided.lan.code ?? {}])),
    )
    const r = classResults(CODING_ITEMS, answersFromCodes(CODING_ITEMS, lanClass))
    const reading = withReading(COMPILED, applyCodes(CODING_ITEMS, r.codes))
    const lens = lensOf(reading, 'essay', ['CHN', 'VNM'], EMPTY_SCENARIO, DEFAULT_SETTINGS)
    const lan = lensOf(COMPILED, 'treaty_defense', ['CHN', 'VNM'], EMPTY_SCENARIO, DEFAULT_SETTINGS)
    expect(lens.verdict.similarity).toBe(lan.verdict.similarity)
    expect(lens.allies.map((a) => a.map((x) => x.partner))).toEqual(
      lan.allies.map((a) => a.map((x) => x.partner)),
    )
    // Everyone agreed on every coded case.
    expect(
      r.items.every((i) => i.agreement.agreement === null || i.agreement.agreement === 1),
    ).toBe(true)
  })

  it('offers each case’s answers in order', () => {
    expect(optionsOf(LAOS)).toEqual(['yes', 'no', 'unsure'])
    expect(optionsOf(SPLIT)).toEqual([1960, 1969, 1980])
  })
})

describe('predictions before and after the reveal', () => {
  it('counts who changed their mind from each student’s two answers, and from what to what', () => {
    const t = tallyAnswers([
      { prediction: 'no', after: 'yes' },
      { prediction: 'no', after: 'yes' },
      { prediction: 'unsure', after: 'no' },
      { prediction: 'yes', after: 'yes' }, // kept their answer
      { prediction: 'yes' }, // never answered again: not counted as either
      { after: 'no' }, // answered only after: no change to speak of
      {},
    ])
    expect(t.before).toEqual({ yes: 2, no: 2, unsure: 1 })
    expect(t.after).toEqual({ yes: 3, no: 2, unsure: 0 })
    expect(t.changed).toEqual({
      count: 3,
      of: 4,
      changes: [
        { from: 'no', to: 'yes', count: 2 },
        { from: 'unsure', to: 'no', count: 1 },
      ],
    })
    expect(tallyAnswers([]).changed).toEqual({ count: 0, of: 0, changes: [] })
  })

  it('takes from hands only the two spreads, and bounds the changes only when it can', () => {
    const t = tallyHands({ yes: 12, no: 7 }, { yes: 15, no: 3, unsure: 1 })
    expect(t).toEqual({
      before: { yes: 12, no: 7, unsure: 0 },
      after: { yes: 15, no: 3, unsure: 1 },
      changed: null,
    })
    // 19 hands both times: "no" lost 4, so at least 4 moved (perhaps more, who swapped both ways).
    expect(fewestChanged(t)).toBe(4)
    expect(fewestChanged(tallyHands({ yes: 5 }, { yes: 5 }))).toBe(0)
    // Different numbers of hands, or none: the count says nothing about who moved.
    expect(fewestChanged(tallyHands({ yes: 12, no: 7 }, { yes: 15, no: 3 }))).toBeNull()
    expect(fewestChanged(tallyHands({}, {}))).toBeNull()
  })

  it('writes a row per exercise and answer, leaving the changes empty when hands cannot say', () => {
    expect(
      predictionRows([
        { exercise: 'a', tally: tallyAnswers([{ prediction: 'no', after: 'yes' }]) },
        { exercise: 'b', tally: tallyHands({ yes: 2 }, { no: 2 }) },
      ]),
    ).toEqual([
      {
        exercise: 'a',
        answer: 'yes',
        before_reveal: 0,
        after_reveal: 1,
        changed_mind: 1,
        answered_both: 1,
      },
      {
        exercise: 'a',
        answer: 'no',
        before_reveal: 1,
        after_reveal: 0,
        changed_mind: 1,
        answered_both: 1,
      },
      {
        exercise: 'a',
        answer: 'unsure',
        before_reveal: 0,
        after_reveal: 0,
        changed_mind: 1,
        answered_both: 1,
      },
      {
        exercise: 'b',
        answer: 'yes',
        before_reveal: 2,
        after_reveal: 0,
        changed_mind: '',
        answered_both: '',
      },
      {
        exercise: 'b',
        answer: 'no',
        before_reveal: 0,
        after_reveal: 2,
        changed_mind: '',
        answered_both: '',
      },
      {
        exercise: 'b',
        answer: 'unsure',
        before_reveal: 0,
        after_reveal: 0,
        changed_mind: '',
        answered_both: '',
      },
    ])
  })
})
