// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED, PRESETS } from '@/data'
import { LIMITS } from '@/model/limits'
import { encodeLink } from '@/share/link'
import { applyOpened, openScenarioText, restoreFromFile } from '@/share/persistence'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, undoOf } from '@/share/session'
import { createExplorerStore, type ExplorerState } from '@/store/explorer-store'
import { arbitrarySession, arbitrarySettings } from '../share/arbitraries'

/*
 * Whatever a user does, the autosave holds all of it: random sequences of the actions a user can
 * take, and after each one the autosave written from the store reads back into a fresh store as
 * an equal state (the model, the view, the log with its reasons, the undo history, the answers).
 */

type Store = ReturnType<typeof createExplorerStore>
const c = COMPILED
const year = fc.integer({ min: c.firstYear, max: c.lastYear })
const dyad = fc.constantFrom(...c.dyads.map((d) => d.id))
const state = fc.constantFrom(...c.states)
const layerTarget = fc.oneof(
  fc.tuple(fc.constant('regime' as const), state),
  fc.tuple(fc.constant('threat' as const), dyad),
  fc.tuple(fc.constant('rift' as const), dyad),
)
// Text as people type and paste it: long, with control characters and astral symbols.
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ minLength: 250, maxLength: 2200 }),
)

type Action = (s: Store) => void
const actions: fc.Arbitrary<Action>[] = [
  fc.tuple(layerTarget, year).map(
    ([[layer, id], y]): Action =>
      (s) =>
        s.getState().toggleCell(layer, id, y),
  ),
  fc.tuple(state, year, year, fc.constantFrom('communist' as const, 'non-communist' as const)).map(
    ([id, a, b, v]): Action =>
      (s) =>
        s.getState().setCells('regime', id, a, b, v),
  ),
  fc.constantFrom(...PRESETS.map((p) => p.id)).map(
    (id): Action =>
      (s) =>
        s.getState().togglePreset(id),
  ),
  arbitrarySettings.map(
    (st): Action =>
      (s) =>
        s.getState().updateSettings(st),
  ),
  fc.constant<Action>((s) => s.getState().undo()),
  fc.constant<Action>((s) => s.getState().redo()),
  fc.constant<Action>((s) => s.getState().resetScenario()),
  fc.tuple(fc.nat(), text).map(([k, t]): Action => (s) => {
    const log = s.getState().log
    if (log.length > 0) s.getState().setRationale(log[k % log.length]!.id, t)
  }),
  fc.tuple(fc.constantFrom(...PRESETS.map((p) => p.id)), text, text).map(
    ([id, reason, explanation]): Action =>
      (s) =>
        s.getState().answer(id, { prediction: 'yes', reason, explanation, revealed: true }),
  ),
  text.map(
    (t): Action =>
      (s) =>
        s.getState().setTableFilter({ search: t }),
  ),
  dyad.map(
    (id): Action =>
      (s) =>
        s.getState().toggleDyadShown(id),
  ),
  fc.tuple(year, year).map(
    ([a, b]): Action =>
      (s) =>
        s.getState().setYearRange(a, b),
  ),
  // Opening a shared link, and a scenario file, as one undoable step each.
  arbitrarySession.map((session): Action => (s) => {
    applyOpened(s, { session, log: [] }, 'Opened a shared link')
    expect(encodeLink(sessionOf(s.getState()), c)).toBe(encodeLink(session, c))
  }),
  arbitrarySession.map((session): Action => (s) => {
    openScenarioText(s, 'scenario.json', writeScenarioFile(session, [{ text: 'From a file' }]))
  }),
]

const autosaveOf = (s: ExplorerState) =>
  writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), answers: s.answers })

/** What the autosave must keep, in a form two stores can be compared by. */
const kept = (s: ExplorerState) => ({
  link: encodeLink(sessionOf(s), c),
  log: savedLogOf(s),
  undo: {
    ...undoOf(s),
    past: undoOf(s).past.map((p) => encodeLink({ ...p, view: s.view }, c)),
    future: undoOf(s).future.map((p) => encodeLink({ ...p, view: s.view }, c)),
  },
  answers: s.answers,
})

/** Checks, after any action, that the autosave reads back into a fresh store as an equal state. */
function assertAutosaveRoundTrips(store: Store) {
  const s = store.getState()
  expect(s.view.table.search.length).toBeLessThanOrEqual(LIMITS.search)
  const read = readScenarioFile(autosaveOf(s), c)
  if (!read.ok) throw new Error(`the autosave was refused: ${read.problem}`)
  const fresh = createExplorerStore()
  restoreFromFile(fresh, read.file)
  expect(kept(fresh.getState())).toEqual(kept(s))
}

/** One user action as a fast-check command; the real system is the store, the model empty. */
class UserAction implements fc.Command<object, Store> {
  constructor(private readonly act: Action) {}
  check = () => true
  run(_model: object, store: Store) {
    this.act(store)
    assertAutosaveRoundTrips(store)
  }
  toString = () => this.act.toString().replace(/\s+/g, ' ').slice(0, 80)
}

describe('the store can only hold what can be saved', () => {
  it('round-trips the autosave after every action of 2,000 random sessions', () => {
    const commands = fc.commands(
      actions.map((a) => a.map((act) => new UserAction(act))),
      { maxCommands: 50 },
    )
    fc.assert(
      fc.property(commands, (cmds) =>
        fc.modelRun(() => ({ model: {}, real: createExplorerStore() }), cmds),
      ),
      { numRuns: 2000 },
    )
  })
})
