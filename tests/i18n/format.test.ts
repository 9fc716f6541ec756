// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  englishNumber,
  formatDecimal,
  formatList,
  formatMessage,
  MessageSyntaxError,
  placeholdersOf,
  type NumberStyle,
} from '@/i18n/format'
import { languageFromBrowser } from '@/i18n/languages'
import { fuzzRuns } from '../fuzz'

describe('formatting a message', () => {
  it('fills values and counts in each language’s way', () => {
    const m = '{n, plural, =0 {no pairs} one {# pair} other {# pairs}} in {years}'
    expect(formatMessage(m, { n: 0, years: '1950–1960' })).toBe('no pairs in 1950–1960')
    expect(formatMessage(m, { n: 1, years: 'x' })).toBe('1 pair in x')
    expect(formatMessage(m, { n: 1234, years: 'x' })).toBe('1,234 pairs in x')
    expect(formatMessage('{n, plural, other {# cặp}}', { n: 1234 }, 'vi')).toBe('1.234 cặp')
    expect(formatMessage('{n, plural, other {#对}}', { n: 1234 }, 'zh-Hans')).toBe('1,234对')
  })

  it('writes percentages and lists as the language does', () => {
    expect(formatMessage('{x, number, percent}', { x: 0.25 })).toBe('25%')
    expect(formatMessage('{x, number, percent}', { x: 0.25 }, 'vi')).toMatch(/^25\s?%$/)
    expect(formatMessage('{names}', { names: ['China', 'Vietnam', 'Laos'] })).toBe(
      'China, Vietnam, and Laos',
    )
    expect(formatMessage('{names}', { names: ['A', 'B', 'C'] }, 'vi')).toBe('A, B và C')
    expect(formatMessage('{names}', { names: ['甲', '乙', '丙'] }, 'zh-Hans')).toBe('甲、乙和丙')
  })

  it('chooses by a value, with "other" for the rest', () => {
    const m = '{kind, select, treaty {a treaty} other {no treaty}}'
    expect(formatMessage(m, { kind: 'treaty' })).toBe('a treaty')
    expect(formatMessage(m, { kind: 'else' })).toBe('no treaty')
    // A value that is the name of one of an object's own properties is just another value.
    expect(formatMessage(m, { kind: 'constructor' })).toBe('no treaty')
  })

  it('keeps apostrophes and tags as text', () => {
    expect(formatMessage("Vu's <b>{n}</b>", { n: 2 })).toBe("Vu's <b>2</b>")
  })

  it('names what is wrong with a message it cannot read', () => {
    expect(() => formatMessage('{n, plural, one {x}}', { n: 1 })).toThrow(MessageSyntaxError)
    expect(() => formatMessage('{n, date}', { n: 1 })).toThrow(/Unknown type "date"/)
    expect(() => formatMessage('{a} } b')).toThrow(/unmatched/)
  })

  it('lists what a message needs, so a translation can be checked against it', () => {
    expect(
      placeholdersOf('<b>{n, plural, one {# {what}} other {#}}</b> {x, number, percent}'),
    ).toEqual(['<b>', 'n:plural', 'what', 'x:percent'])
  })

  it('never throws on values of any kind', () => {
    const m = '{a} {n, plural, one {#} other {# {a}}} {k, select, x {X} other {{n, number}}}'
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.array(fc.string())),
        fc.oneof(fc.integer(), fc.double(), fc.string()),
        fc.string(),
        fc.constantFrom('en', 'vi', 'zh-Hans'),
        (a, n, k, locale) => {
          expect(typeof formatMessage(m, { a, n, k }, locale)).toBe('string')
        },
      ),
      { numRuns: fuzzRuns(200) },
    )
  })
})

describe('English numbers, lists and plurals without Intl', () => {
  // The first load's language skips setting up Intl's number data (tens of milliseconds in the
  // first render); what it writes must be exactly what Intl would.
  const intl = (n: number, s: NumberStyle) =>
    new Intl.NumberFormat('en', {
      style: s.percent ? 'percent' : 'decimal',
      minimumFractionDigits: s.minDigits ?? 0,
      maximumFractionDigits: s.maxDigits,
      useGrouping: s.grouping ?? true,
    }).format(n)
  const style = fc.record({
    percent: fc.boolean(),
    minDigits: fc.integer({ min: 0, max: 2 }),
    maxDigits: fc.integer({ min: 2, max: 3 }),
    grouping: fc.boolean(),
  })
  // Shares, counts, sizes, and values on or next to a rounding tie (0.125, 2.5, 1234.5).
  const value = fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 5e6, noNaN: true }),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.integer({ min: 0, max: 200_000 }).map((k) => (k + 0.5) / 1000),
    fc.integer({ min: 0, max: 200_000 }).map((k) => (k + 0.5) / 100),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(-0, 0.005, 0.015, 0.285, 1.005, 2.675, 1e21, Infinity, NaN),
  )

  it('writes every number it writes exactly as Intl.NumberFormat does, and leaves the rest to it', () => {
    fc.assert(
      fc.property(value, style, (n, s) => {
        const quick = englishNumber(n, s)
        if (quick !== null) expect(quick).toBe(intl(n, s))
        expect(formatDecimal('en', n, s)).toBe(intl(n, s))
      }),
      { numRuns: fuzzRuns(20_000) },
    )
    // It does write the common ones itself.
    expect(englishNumber(1234, { maxDigits: 2 })).toBe('1,234')
    expect(englishNumber(0.8333, { percent: true, minDigits: 1, maxDigits: 1 })).toBe('83.3%')
    expect(englishNumber(-1, { maxDigits: 0 })).toBeNull()
  })

  it('writes lists and chooses plurals as Intl does', () => {
    const lists = new Intl.ListFormat('en', { type: 'conjunction' })
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (items) => {
        expect(formatList('en', items)).toBe(lists.format(items))
      }),
      { numRuns: fuzzRuns(2000) },
    )
    const rules = new Intl.PluralRules('en')
    const m = '{n, plural, one {one} other {other}}'
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), (n) => {
        expect(formatMessage(m, { n })).toBe(rules.select(n))
      }),
      { numRuns: fuzzRuns(2000) },
    )
  })
})

describe('the language of a first visit', () => {
  it('is the first of the browser’s languages the app has, else English', () => {
    expect(languageFromBrowser(['vi-VN', 'en-US'])).toBe('vi')
    expect(languageFromBrowser(['zh-CN'])).toBe('zh-Hans')
    expect(languageFromBrowser(['zh-Hant-TW', 'en'])).toBe('zh-Hans')
    expect(languageFromBrowser(['fr-FR', 'vi'])).toBe('vi')
    expect(languageFromBrowser(['en-GB', 'vi'])).toBe('en')
    expect(languageFromBrowser(['fr', 'de'])).toBe('en')
    expect(languageFromBrowser([])).toBe('en')
  })
})
