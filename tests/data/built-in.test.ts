// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RAW_DATASET } from '@/data'
import { builtInDataset, loadDataset } from '@/data/schema'

/*
 * The production build trusts the built-in data instead of validating it on every start, so
 * here is where that trust is earned: the data passes every check of the schema and the
 * cross-checks, and validation returns it unchanged, so trusting it gives the app the same data.
 */
describe('the built-in data', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('passes every check, and validating it changes nothing in it', () => {
    expect(loadDataset(structuredClone(RAW_DATASET))).toEqual(RAW_DATASET)
  })

  it('is trusted, as shipped and frozen, by the production build; validated elsewhere', () => {
    vi.stubEnv('PROD', true)
    const raw = structuredClone(RAW_DATASET)
    const shipped = builtInDataset(raw)
    expect(shipped).toBe(raw)
    expect(Object.isFrozen(shipped.dyads[0]!.threat[0])).toBe(true)
    vi.stubEnv('PROD', false)
    // Outside the production build a broken dataset is refused, naming the problem.
    const broken = { ...structuredClone(RAW_DATASET), firstYear: 'soon' }
    expect(() => builtInDataset(broken)).toThrow(/firstYear/)
  })
})
