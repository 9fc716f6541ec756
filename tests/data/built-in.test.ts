// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DATASET, RAW_DATASET } from '@/data'
import { loadDataset } from '@/data/schema'

/*
 * The production build ships the built-in data without checking it again (and without zod), so
 * here is where that trust is earned: the data passes every check of the schema and the
 * cross-checks, and checking returns it unchanged, so skipping the check gives the app the same
 * data. Outside the production build the data is checked as it loads (src/data/index.ts).
 */
describe('the built-in data', () => {
  it('passes every check, and checking it changes nothing in it', () => {
    expect(loadDataset(structuredClone(RAW_DATASET))).toEqual(RAW_DATASET)
  })

  it('is the data as written, frozen all the way down', () => {
    expect(DATASET).toBe(RAW_DATASET)
    expect(Object.isFrozen(DATASET.dyads[0]!.threat[0])).toBe(true)
    expect(Object.isFrozen(DATASET.states)).toBe(true)
  })

  it('refuses a broken dataset outside the production build, naming the problem', () => {
    const broken = { ...structuredClone(RAW_DATASET), firstYear: 'soon' }
    expect(() => loadDataset(broken)).toThrow(/firstYear/)
  })
})
