/**
 * The ids of the disputed cases (src/data/coding-items.ts), on their own: what a lesson link or
 * file is checked against when it opens, without loading the cases' evidence with the first page.
 * tests/data/coding-items.test.ts checks the two lists agree.
 */
export const CODING_ITEM_IDS: readonly string[] = [
  'vnm-lao-1977',
  'vnm-rus-1978',
  'vnm-khm-1979',
  'chn-vnm-1954',
  'vnm-prk-1954',
  'chn-rus-end',
  'chn-prk-1950',
  'vnm-rus-threat-1992',
]
