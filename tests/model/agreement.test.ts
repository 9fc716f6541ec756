// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Answer,
  type KrippendorffAlpha,
  UNSURE_IS_MISSING,
  krippendorffAlpha,
  percentAgreement,
  pooledPercentAgreement,
  spreadOf,
} from '@/model/agreement'

/** Rows of coders ('.' = no answer) turned into units: one array per column. */
function unitsFromRows(rows: readonly string[]): (number | null)[][] {
  const cells = rows.map((r) => r.split(/\s+/).map((x) => (x === '.' ? null : Number(x))))
  return cells[0]!.map((_, j) => cells.map((r) => r[j]!))
}

function alphaOf(result: KrippendorffAlpha): number {
  if (!result.defined) throw new Error(`alpha not defined: ${result.reason}`)
  return result.alpha
}

describe('krippendorffAlpha against worked examples', () => {
  it("reproduces Krippendorff's nominal example with missing answers (alpha 0.743, n = 40)", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School,
    // University of Pennsylvania: four observers A–D, twelve units, values 1–5, some cells empty.
    // Unit 12 has one value only and is dropped; the other 11 units hold n = 40 values
    // (n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3). Units 2 and 8 (three alike, one odd) each
    // give (16 − 10) / 3 = 2 disagreeing pairs, unit 6 (all four differ) (16 − 4) / 3 = 4: 8 in all.
    // Σ n_c·n_k over c ≠ k = 40² − (81 + 169 + 100 + 25 + 9) = 1216, so
    // alpha = 1 − 39 · 8 / 1216 = 0.7434. The paper reports 0.743 for nominal data.
    const units = unitsFromRows([
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ])
    const result = krippendorffAlpha(units)
    expect(result).toMatchObject({ defined: true, pairableValues: 40, pairableUnits: 11 })
    expect(result).toMatchObject({ observedDisagreement: 8 / 40 })
    expect(result.defined && result.expectedDisagreement).toBeCloseTo(1216 / (40 * 39), 12)
    expect(alphaOf(result)).toBeCloseTo(1 - (39 * 8) / 1216, 12)
    expect(alphaOf(result).toFixed(3)).toBe('0.743')
  })

  it("reproduces Krippendorff's two-coder binary example (alpha 0.095)", () => {
    // Same paper, first example: two observers, ten units, answers 0/1, nothing missing. They
    // differ on units 1, 3, 6 and 9: four units with one ordered pair each way, 8 disagreeing
    // pairs in all. Of the n = 20 values, 14 are 0 and 6 are 1, so Σ n_c·n_k over c ≠ k is
    // 2 · 14 · 6 = 168 and alpha = 1 − 19 · 8 / 168 = 16 / 168 = 0.0952. The paper reports 0.095:
    // 60% raw agreement that is barely better than chance with answers this lopsided.
    const units = unitsFromRows(['0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'])
    const result = krippendorffAlpha(units)
    expect(result).toMatchObject({ defined: true, pairableValues: 20, pairableUnits: 10 })
    expect(alphaOf(result)).toBeCloseTo(16 / 168, 12)
    expect(alphaOf(result).toFixed(3)).toBe('0.095')
    expect(pooledPercentAgreement(units).agreement).toBeCloseTo(0.6, 12)
  })

  it('reproduces the three-coder example of the Wikipedia article, read as nominal (0.691)', () => {
    // Wikipedia, "Krippendorff's alpha", section "A computational example": three coders, fifteen
    // units, values 1–4, many gaps; the article gives 0.691 for the nominal metric. Units 1, 2 and
    // 14 have fewer than two values and are dropped, leaving 26 values in 12 units. Units 6, 8 and
    // 15 each hold one disagreeing pair, counted both ways: 6 in all. The 26 values are seven 1s,
    // four 2s, ten 3s and five 4s: Σ n_c·n_k over c ≠ k = 676 − 190 = 486,
    // alpha = 1 − 25 · 6 / 486 = 0.6914.
    const units = unitsFromRows([
      '. . . . . 3 4 1 2 1 1 3 3 . 3',
      '1 . 2 1 3 3 4 3 . . . . . . .',
      '. . 2 1 3 4 4 . 2 1 1 3 3 . 4',
    ])
    const result = krippendorffAlpha(units)
    expect(result).toMatchObject({ defined: true, pairableValues: 26, pairableUnits: 12 })
    expect(alphaOf(result)).toBeCloseTo(1 - (25 * 6) / 486, 12)
    expect(alphaOf(result).toFixed(3)).toBe('0.691')
  })
})

describe('krippendorffAlpha at the edges', () => {
  it('is 1 when every student agrees on every item and the items differ', () => {
    const result = krippendorffAlpha([
      ['yes', 'yes', 'yes'],
      ['no', 'no', null],
      ['1969', '1969', '1969'],
    ])
    expect(alphaOf(result)).toBe(1)
  })

  it('is negative when two coders always give opposite answers', () => {
    // Two units, each with one yes and one no: n = 4 (2 yes, 2 no), 4 disagreeing ordered pairs,
    // Σ n_c·n_k over c ≠ k = 2 · 2 · 2 = 8, alpha = 1 − 3 · 4 / 8 = −0.5.
    const result = krippendorffAlpha([
      ['yes', 'no'],
      ['no', 'yes'],
    ])
    expect(alphaOf(result)).toBeCloseTo(-0.5, 12)
  })

  it('is not defined when every answer is the same, however many agree', () => {
    const result = krippendorffAlpha([
      ['yes', 'yes', 'yes'],
      ['yes', 'yes', null],
    ])
    expect(result).toEqual({
      defined: false,
      reason: 'no-variation',
      pairableValues: 5,
      pairableUnits: 2,
    })
  })

  it('is not defined when no item has two answers to compare', () => {
    const result = krippendorffAlpha([['yes', null], [null, 'no'], []])
    expect(result).toEqual({
      defined: false,
      reason: 'no-pairable-units',
      pairableValues: 0,
      pairableUnits: 0,
    })
  })

  it('says nothing about a single item: alpha there is 0 whenever it is defined', () => {
    expect(alphaOf(krippendorffAlpha([['yes', 'yes', 'yes', 'no']]))).toBeCloseTo(0, 12)
    expect(alphaOf(krippendorffAlpha([['1960', '1969', '1980']]))).toBeCloseTo(0, 12)
  })
})

describe('"unsure" answers', () => {
  const units: Answer<string>[][] = [
    ['yes', 'yes', 'unsure'],
    ['no', 'no', 'no'],
    ['yes', 'unsure', 'yes'],
  ]

  it('count as answers for alpha unless the caller sets them aside', () => {
    expect(alphaOf(krippendorffAlpha(units))).toBeLessThan(1)
    expect(alphaOf(krippendorffAlpha(units, UNSURE_IS_MISSING))).toBe(1)
  })

  it('set aside, weigh exactly like a missing answer', () => {
    const asMissing = units.map((u) => u.map((a) => (a === 'unsure' ? null : a)))
    expect(krippendorffAlpha(units, UNSURE_IS_MISSING)).toEqual(krippendorffAlpha(asMissing))
  })

  it('a unit left with one answer once "unsure" is set aside is dropped', () => {
    const result = krippendorffAlpha([...units, ['unsure', 'no', 'unsure']], UNSURE_IS_MISSING)
    expect(result).toMatchObject({ pairableUnits: 3, pairableValues: 7 })
  })
})

describe('percentAgreement', () => {
  it('is the share of agreeing pairs among the coders who answered', () => {
    // Four coded answers (3 yes, 1 no) make 6 pairs; the 3 pairs of yes-sayers agree: 3 / 6.
    // The missing answer joins no pair and does not show in the spread; "unsure" shows there.
    const answers = ['yes', 'no', null, 'yes', 'unsure', 'yes'] as const
    const p = percentAgreement<string>(answers, {
      ...UNSURE_IS_MISSING,
      values: ['yes', 'no', 'unsure'],
    })
    expect(p).toEqual({
      coded: 4,
      pairs: 6,
      agreeingPairs: 3,
      agreement: 0.5,
      spread: [
        { value: 'yes', count: 3 },
        { value: 'no', count: 1 },
        { value: 'unsure', count: 1 },
      ],
      unanswered: 1,
    })
  })

  it('counts "unsure" as an answer in the pairs when it is not set aside', () => {
    // Five answers make 10 pairs, still 3 agreeing.
    const p = percentAgreement(['yes', 'no', null, 'yes', 'unsure', 'yes'])
    expect([p.coded, p.pairs, p.agreeingPairs, p.agreement]).toEqual([5, 10, 3, 0.3])
  })

  it('has no value with fewer than two coded answers', () => {
    expect(percentAgreement(['yes', null]).agreement).toBeNull()
    expect(percentAgreement(['unsure', 'unsure', 'no'], UNSURE_IS_MISSING).agreement).toBeNull()
  })

  it('pools pairs over items, so an item with more coders weighs more', () => {
    // Item 1: 3 agreeing of 3 pairs; item 2: 0 of 1 pair; pooled 3 / 4, not the mean of 1 and 0.
    const pooled = pooledPercentAgreement([
      ['1960', '1960', '1960'],
      ['1969', '1980'],
    ])
    expect(pooled).toEqual({ pairs: 4, agreeingPairs: 3, agreement: 0.75 })
  })
})

describe('spreadOf', () => {
  it("lists the item's options in their order, zeros included, then other answers as they appear", () => {
    expect(spreadOf(['1980', 'other', '1960', null, '1980'], ['1960', '1969', '1980'])).toEqual([
      { value: '1960', count: 1 },
      { value: '1969', count: 0 },
      { value: '1980', count: 2 },
      { value: 'other', count: 1 },
    ])
  })
})

describe('properties', () => {
  const LETTERS = ['a', 'b', 'c', 'd'] as const
  const permutation = (n: number) =>
    fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: n, maxLength: n },
    )
  /** A units × coders table of answers 0–3 or missing, with a shuffle of coders, units and values. */
  const data = fc
    .record({ units: fc.integer({ min: 1, max: 8 }), coders: fc.integer({ min: 2, max: 5 }) })
    .chain(({ units, coders }) =>
      fc.record({
        table: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
            minLength: coders,
            maxLength: coders,
          }),
          { minLength: units, maxLength: units },
        ),
        coderOrder: permutation(coders),
        unitOrder: permutation(units),
        relabel: permutation(4),
      }),
    )

  function expectSameAlpha(a: KrippendorffAlpha, b: KrippendorffAlpha) {
    expect(b.defined).toBe(a.defined)
    expect(b.pairableValues).toBe(a.pairableValues)
    if (a.defined && b.defined) expect(b.alpha).toBeCloseTo(a.alpha, 10)
  }

  it('alpha is at most 1 and does not depend on the order of coders or units, or on the labels', () => {
    fc.assert(
      fc.property(data, ({ table, coderOrder, unitOrder, relabel }) => {
        const alpha = krippendorffAlpha(table)
        if (alpha.defined) expect(alpha.alpha).toBeLessThanOrEqual(1 + 1e-12)
        expectSameAlpha(alpha, krippendorffAlpha(table.map((u) => coderOrder.map((c) => u[c]!))))
        expectSameAlpha(alpha, krippendorffAlpha(unitOrder.map((i) => table[i]!)))
        const renamed = table.map((u) => u.map((a) => (a === null ? null : LETTERS[relabel[a]!]!)))
        expectSameAlpha(alpha, krippendorffAlpha(renamed))
      }),
    )
  })

  it('percentage agreement lies between 0 and 1', () => {
    fc.assert(
      fc.property(data, ({ table }) => {
        for (const unit of table) {
          const p = percentAgreement(unit).agreement
          if (p !== null) {
            expect(p).toBeGreaterThanOrEqual(0)
            expect(p).toBeLessThanOrEqual(1)
          }
        }
      }),
    )
  })
})
