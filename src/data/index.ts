import { compileDataset } from '@/model/compile'
import type { Dataset } from '@/model/types'
import { DYADS } from './dyads'
import { PRESETS } from './presets'
import { deepFreeze } from '@/lib/freeze'
import { SOURCES } from './sources'
import { STATES } from './states'
import { DATA_VERSION } from './version'
import { WAVE1_DYADS } from './world/dyads-wave1'
import { WAVE2_DYADS } from './world/dyads-wave2'
import { WAVE1_SOURCES } from './world/sources-wave1'
import { WAVE2_SOURCES } from './world/sources-wave2'
import { WORLD_STATES } from './world/states'

export const FIRST_YEAR = 1949
export const LAST_YEAR = 2026

/** The raw, unchecked dataset as written in the data files. */
export const RAW_DATASET = {
  version: DATA_VERSION,
  firstYear: FIRST_YEAR,
  lastYear: LAST_YEAR,
  sources: [...SOURCES, ...WAVE1_SOURCES, ...WAVE2_SOURCES],
  states: [...STATES, ...WORLD_STATES],
  // The essay's eleven pairs first, then the out-of-sample case library.
  dyads: [...DYADS, ...WAVE1_DYADS, ...WAVE2_DYADS],
}

/*
 * The development server, `npm test`, CI and the command-line tools check the data against its
 * schema as it loads, and stop with every problem named. The production build leaves the check
 * (and zod, a fifth of the first load) out: it ships the same data those runs checked, and
 * tests/data/built-in.test.ts holds that checking changes nothing in it. That saves 10 to 15 ms of
 * every start here, four times that on a school Chromebook.
 */
if (import.meta.env?.PROD !== true) {
  const { loadDataset } = await import('./schema')
  loadDataset(RAW_DATASET)
}

/** The historical record, deep-frozen. */
export const DATASET: Dataset = deepFreeze(RAW_DATASET as Dataset)

/** The same record as per-year arrays for the model. */
export const COMPILED = compileDataset(DATASET)

export { PRESETS }
