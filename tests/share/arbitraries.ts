import fc from 'fast-check'
import { COMPILED } from '@/data'
import {
  CONTESTED_READINGS,
  IDEOLOGY_READINGS,
  MAX_LAG,
  OUTCOMES,
  RULES,
  type ModelSettings,
} from '@/model/evaluate'
import { EMPTY_SCENARIO, setSpan, type Change, type Scenario } from '@/model/scenario'
import { HISTORY_SERIES } from '@/model/types'
import { CASE_SCOPE, REGIME, THREAT } from '@/model/vocabulary'
import type { Session } from '@/share/session'
import { CHARTS, PRESET_MODES, STEPS, type ViewState } from '@/store/explorer-store'

const c = COMPILED
const year = fc.integer({ min: c.firstYear, max: c.lastYear })
const span = fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)

const change = fc.oneof(
  fc.record({
    layer: fc.constant('regime' as const),
    id: fc.constantFrom(...c.states),
    span,
    value: fc.constantFrom(...REGIME.values),
  }),
  fc.record({
    layer: fc.constant('threat' as const),
    id: fc.constantFrom(...c.dyads.map((d) => d.id)),
    span,
    value: fc.constantFrom(...THREAT.values),
  }),
  fc.record({
    layer: fc.constant('rift' as const),
    id: fc.constantFrom(...c.dyads.map((d) => d.id)),
    span,
    value: fc.boolean(),
  }),
)

/** Random changes over the real dataset, as files, links and presets hold them. */
export const arbitraryChange: fc.Arbitrary<Change> = change.map(
  ({ span: [from, to], ...ch }) => ({ ...ch, from, to }) as Change,
)

/** Random canonical scenarios over the real dataset. */
export const arbitraryScenario: fc.Arbitrary<Scenario> = fc
  .array(change, { maxLength: 8 })
  .map((chs) =>
    chs.reduce<Scenario>(
      (s, ch) => setSpan(s, c, ch.layer, ch.id, ch.span[0], ch.span[1], ch.value as never),
      EMPTY_SCENARIO,
    ),
  )

export const arbitrarySettings: fc.Arbitrary<ModelSettings> = fc.record({
  cases: fc.constantFrom(...CASE_SCOPE.values),
  rule: fc.constantFrom(...RULES),
  lag: fc.integer({ min: 0, max: MAX_LAG }),
  ideology: fc.constantFrom(...IDEOLOGY_READINGS),
  contestedThreat: fc.constantFrom(...CONTESTED_READINGS),
  history: fc.constantFrom(...HISTORY_SERIES),
})

const dyadId = fc.constantFrom(...c.dyads.map((d) => d.id))

export const arbitraryView: fc.Arbitrary<ViewState> = fc
  .record({
    step: fc.constantFrom(...STEPS),
    presetMode: fc.constantFrom(...PRESET_MODES),
    chart: fc.constantFrom(...CHARTS),
    // In English: a session's language is a page setting, tested on its own (tests/i18n).
    language: fc.constant('en' as const),
    hiddenDyads: fc.uniqueArray(dyadId, { maxLength: 4 }).map((ids) => [...ids].sort()),
    range: span,
    focus: fc.option(fc.record({ dyad: dyadId, year }), { nil: null }),
    table: fc.record({
      dyad: fc.option(dyadId, { nil: null }),
      outcomes: fc.subarray([...OUTCOMES], { maxLength: 1 }),
      divergentOnly: fc.boolean(),
      search: fc.string({ maxLength: 20 }),
    }),
  })
  .map(({ range, ...v }) => ({ ...v, yearFrom: range[0], yearTo: range[1] }))

export const arbitrarySession: fc.Arbitrary<Session> = fc.record({
  scenario: arbitraryScenario,
  settings: arbitrarySettings,
  view: arbitraryView,
})

/** Valid settings as they appear in a scenario file. */
export const FILE_SETTINGS = {
  rule: 'two-criteria',
  lag: 3,
  ideology: 'strict',
  contestedThreat: 'shared',
  history: 'essay',
}
