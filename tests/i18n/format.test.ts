// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMessage, MessageSyntaxError, placeholdersOf } from '@/i18n/format'
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
