// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { CODING_ITEM_IDS } from '@/data/coding-item-ids'
import { CODING_ITEMS } from '@/data/coding-items'
import { COMPILED, FIRST_YEAR, LAST_YEAR } from '@/data'
import { SOURCES } from '@/data/sources'
import {
  AUTHORITIES,
  applyCodes,
  decides,
  withReading,
  type Authority,
  type Code,
  type CodingItem,
  type Codes,
} from '@/model/coding'
import type { CompiledDataset } from '@/model/compile'
import { alliancesOf } from '@/model/debate'
import type { HistorySeries } from '@/model/types'

/** The series in the dataset that records each authority's coding of history. */
const SERIES_OF: Record<Authority, HistorySeries> = {
  vu: 'essay',
  lan: 'treaty_defense',
  cow: 'cow',
  atop: 'atop',
}

const words = (s: string) => s.trim().split(/\s+/).length

/** The pair's yearly values in one series over the item's years. */
function yearsOf(c: CompiledDataset, item: CodingItem, series: HistorySeries): number[] {
  const d = c.dyads[c.dyadIndex.get(item.dyad)!]!
  return Array.from(d.history[series].slice(item.from - c.firstYear, item.to - c.firstYear + 1))
}

/** Every item coded as one authority decided it (items it takes no position on stay open). */
function codedAs(who: Authority): Codes {
  const codes: Record<string, Code> = {}
  for (const item of CODING_ITEMS) {
    const code = item.decided[who].code
    if (code) codes[item.id] = code
  }
  return codes
}

const partners = (c: CompiledDataset, series: HistorySeries, state: string) =>
  alliancesOf(c, series, state)
    .map((a) => a.partner)
    .sort()

const decidesHistory = (item: CodingItem) =>
  item.asks.includes('alliance') || item.asks.includes('end')

describe('the coding items', () => {
  it('puts the eight disputed cases in order', () => {
    expect(CODING_ITEMS.map((i) => i.id)).toEqual([
      'vnm-lao-1977',
      'vnm-rus-1978',
      'vnm-khm-1979',
      'chn-vnm-1954',
      'vnm-prk-1954',
      'chn-rus-end',
      'chn-prk-1950',
      'vnm-rus-threat-1992',
    ])
    // The light list a lesson is checked against when it opens names the same cases.
    expect(CODING_ITEM_IDS).toEqual(CODING_ITEMS.map((i) => i.id))
  })

  it.each(CODING_ITEMS.map((i) => [i.id, i] as const))(
    '%s names a dataset pair, years, sources and questions that exist',
    (_, item) => {
      expect(COMPILED.dyadIndex.has(item.dyad)).toBe(true)
      expect(item.from).toBeGreaterThanOrEqual(FIRST_YEAR)
      expect(item.to).toBeLessThanOrEqual(LAST_YEAR)
      expect(item.from).toBeLessThanOrEqual(item.to)
      const known = new Set(SOURCES.map((s) => s.id))
      const cited = [...item.sources, ...(item.clause ? [item.clause.source] : [])]
      expect(cited.filter((id) => !known.has(id))).toEqual([])
      expect(item.sources.length).toBeGreaterThan(0)
      expect(item.asks.length).toBeGreaterThan(0)
      expect(new Set(item.asks).size).toBe(item.asks.length)
      if (item.asks.includes('end')) {
        expect(item.endChoices?.length).toBeGreaterThan(0)
        for (const y of item.endChoices!) {
          expect(y).toBeGreaterThanOrEqual(item.from)
          expect(y).toBeLessThanOrEqual(item.to)
        }
      } else {
        expect(item.endChoices).toBeUndefined()
      }
    },
  )

  it('answers, for each authority, only the questions the item asks', () => {
    for (const item of CODING_ITEMS)
      for (const who of AUTHORITIES) {
        const code = item.decided[who].code
        if (!code) continue
        const answered = Object.keys(code).filter((k) => k !== 'reason')
        expect(answered.length, `${item.id} ${who}`).toBeGreaterThan(0)
        for (const q of answered) expect(item.asks, `${item.id} ${who}`).toContain(q)
        if (code.end !== undefined) expect(item.endChoices).toContain(code.end)
      }
  })

  it('gives every authority a note, and a code on every item that decides history', () => {
    for (const item of CODING_ITEMS)
      for (const who of AUTHORITIES) {
        expect(item.decided[who].note.length, `${item.id} ${who}`).toBeGreaterThan(0)
        const code = item.decided[who].code
        if (decidesHistory(item)) expect(decides(item, code ?? undefined)).toBe(true)
      }
  })

  it.each(
    CODING_ITEMS.filter(decidesHistory).flatMap((item) =>
      AUTHORITIES.map((who) => [item.id, who, item] as const),
    ),
  )("%s coded as %s rewrites Vu's coding into that authority's own series", (_, who, item) => {
    const code = item.decided[who].code!
    const reading = withReading(COMPILED, applyCodes([item], { [item.id]: code }))
    expect(yearsOf(reading, item, 'essay')).toEqual(yearsOf(COMPILED, item, SERIES_OF[who]))
  })

  it('has a threat item that is a real question: Vu answers it, the alliance datasets do not', () => {
    const item = CODING_ITEMS.find((i) => i.asks.includes('threat'))!
    expect(item.decided.vu.code?.threat).toBe('yes')
    expect([item.decided.cow.code, item.decided.atop.code]).toEqual([null, null])
    const applied = applyCodes(CODING_ITEMS, { [item.id]: { threat: 'no' } })
    expect(applied.threat).toEqual([
      { layer: 'threat', id: 'VNM-RUS', from: item.from, to: item.to, value: 'no' },
    ])
  })

  describe('the headline: coding like Lan or like Vu reproduces their allies', () => {
    it.each(['CHN', 'VNM'])("gives %s Lan's allies when every item is coded as Lan did", (s) => {
      // Without the items, Vu's coding (the reading's start) has different allies for Vietnam.
      if (s === 'VNM')
        expect(partners(COMPILED, 'essay', s)).not.toEqual(partners(COMPILED, 'treaty_defense', s))
      const reading = withReading(COMPILED, applyCodes(CODING_ITEMS, codedAs('lan')))
      expect(partners(reading, 'essay', s)).toEqual(partners(COMPILED, 'treaty_defense', s))
    })

    it.each(['CHN', 'VNM'])("gives %s Vu's allies when every item is coded as Vu did", (s) => {
      const applied = applyCodes(CODING_ITEMS, codedAs('vu'))
      expect(applied.open).toEqual([])
      const reading = withReading(COMPILED, applied)
      expect(partners(reading, 'essay', s)).toEqual(partners(COMPILED, 'essay', s))
    })
  })

  it('keeps quotations and facts brief', () => {
    for (const item of CODING_ITEMS) {
      if (item.clause) expect(words(item.clause.text), item.id).toBeLessThanOrEqual(60)
      expect(item.facts.length, item.id).toBeGreaterThanOrEqual(2)
      expect(item.facts.length, item.id).toBeLessThanOrEqual(4)
      for (const f of item.facts) expect(words(f), f).toBeLessThanOrEqual(40)
    }
  })

  it('gives each treaty item its clause and where the text is published; other items none', () => {
    for (const item of CODING_ITEMS) {
      if (!item.asks.includes('defence')) {
        expect(item.clause, item.id).toBeUndefined()
        continue
      }
      expect(item.clause?.article, item.id).toMatch(/^Article \d+$/)
      expect(item.clause!.published.length, item.id).toBeGreaterThan(0)
    }
  })
})
