import { defineMessages } from '@/i18n/catalogue'
import { AUTHORITIES, type CodingItem } from '@/model/coding'
import { CODING_ITEMS } from './coding-items'

/**
 * The texts of the disputed cases (`./coding-items.ts`) as a data namespace, `data.coding-items`,
 * built from the items when this module loads, so the English here is always the data's own.
 *
 * Key scheme: `<item id>.<field path>`, the path as written in the data, array items by index:
 *
 *   <id>.title                     the card's title
 *   <id>.prompt                    the question
 *   <id>.clause.article            e.g. "Article 2" (items with a clause)
 *   <id>.clause.text               the clause, paraphrased or briefly quoted
 *   <id>.clause.published          where the clause is published, and whether it is a quotation
 *   <id>.facts.<n>                 each key fact, from 0
 *   <id>.decided.<authority>.note  what Vu, Lan, COW and ATOP decided (vu, lan, cow, atop)
 *
 * Look a text up with `dt('data.coding-items', `${item.id}.title`, item.title)` in a component
 * (`useDataText()`) or `dataText(…)` elsewhere. Not texts: ids, the pair, the years, the codes,
 * the source ids (`clause.source`, `sources`) and the confidence (a vocabulary word, `words`).
 */
export function codingItemTexts(items: readonly CodingItem[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of items) {
    const at = (path: string, value: string) => {
      out[`${item.id}.${path}`] = value
    }
    at('title', item.title)
    at('prompt', item.prompt)
    if (item.clause) {
      at('clause.article', item.clause.article)
      at('clause.text', item.clause.text)
      at('clause.published', item.clause.published)
    }
    item.facts.forEach((fact, n) => at(`facts.${n}`, fact))
    for (const a of AUTHORITIES) at(`decided.${a}.note`, item.decided[a].note)
  }
  return out
}

export const codingItemWords = defineMessages('data.coding-items', codingItemTexts(CODING_ITEMS))
