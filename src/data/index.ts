import { compileDataset } from '@/model/compile'
import type { Dataset } from '@/model/types'
import { DYADS } from './dyads'
import { PRESETS } from './presets'
import { builtInDataset } from './schema'
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

/** The historical record: validated once at start-up, then deep-frozen. */
export const DATASET: Dataset = builtInDataset(RAW_DATASET)

/** The same record as per-year arrays for the model. */
export const COMPILED = compileDataset(DATASET)

export { PRESETS }
