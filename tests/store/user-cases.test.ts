// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import { labelsOf } from '@/model/labels'
import { NO_USER_CASES } from '@/model/user-cases'
import { readUserCases } from '@/share/user-cases'
import { createExplorerStore } from '@/store/explorer-store'
import { selectEvaluation, selectLabels } from '@/store/selectors'
import { buildRows } from '@/model/rows'

const cases = readUserCases(readFileSync('public/case-template.json', 'utf8'), 'json').cases!

/** Every per-year array of the compiled built-in data, copied. */
const snapshot = () =>
  JSON.stringify({
    data: DATASET,
    communist: COMPILED.communist.map((a) => [...a]),
    dyads: COMPILED.dyads.map((d) => ({
      ...d,
      threat: [...d.threat],
      rift: [...d.rift],
      history: Object.values(d.history).map((a) => [...a]),
    })),
  })

describe("the store's own cases", () => {
  it('joins them to the history and leaves the built-in data as it was', () => {
    const before = snapshot()
    const store = createExplorerStore()
    expect(store.getState().setUserCases(cases)).toBe(true)
    const { library, base } = store.getState()
    expect(library).not.toBe(COMPILED)
    expect(library.dyads.map((d) => d.id)).toEqual([...COMPILED.dyads.map((d) => d.id), 'RUS-ETH'])
    expect(library.states.at(-1)).toBe('ETH')
    // The user's own pair is in view whichever case set the settings show.
    expect(base.dyads.at(-1)?.id).toBe('RUS-ETH')
    // The built-in records are shared as they were; only the user's are marked.
    expect(library.source.states.slice(0, DATASET.states.length)).toEqual(DATASET.states)
    expect(library.source.dyads.filter((d) => d.userCase).map((d) => d.id)).toEqual(['RUS-ETH'])
    expect(DATASET.dyads.some((d) => d.userCase)).toBe(false)
    store.getState().removeUserCase('ETH')
    expect(store.getState().userCases).toBe(NO_USER_CASES)
    expect(store.getState().library).toBe(COMPILED)
    expect(snapshot()).toBe(before)
    expect(labelsOf(DATASET).dyad('CHN-VNM')).toBe('China–Vietnam')
  })

  it('marks the user’s state and pair "(your case)" in every label, and no built-in one', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    const labels = selectLabels(store.getState())
    expect(labels.dyad('RUS-ETH')).toBe('USSR / Russia–Ethiopia (your case)')
    expect(labels.dyad('RUS-ETH', 1980)).toBe('Soviet Union–Ethiopia (your case)')
    expect(labels.dyadIn('RUS-ETH', 1995, 2005)).toBe('Russia–Ethiopia (your case)')
    expect(labels.state('ETH', 1980)).toBe('Ethiopia (your case)')
    expect(labels.state('RUS')).toBe('USSR / Russia')
    expect(labels.dyad('CHN-VNM')).toBe('China–Vietnam')
  })

  it('marks the rows of a user’s pair in the data CSV, and evaluates it like any pair', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    const rows = buildRows(selectEvaluation(store.getState()))
    const ethiopia = rows.filter((r) => r.dyad === 'RUS-ETH')
    expect(ethiopia).toHaveLength(78)
    expect(new Set(ethiopia.map((r) => r.data_version))).toEqual(new Set(['your case']))
    expect(rows.find((r) => r.dyad === 'CHN-VNM')!.data_version).toBe(DATASET.version)
    // 1977: both communist, no rift, Somalia a common threat, and an alliance in history: a hit.
    expect(ethiopia.find((r) => r.year === 1977)).toMatchObject({ predicted: 1, alliance_essay: 1 })
    // 1970: the emperor's Ethiopia, no shared threat and no alliance: a correct "no".
    expect(ethiopia.find((r) => r.year === 1970)).toMatchObject({ predicted: 0, alliance_essay: 0 })
  })

  it('drops changes to a case that is taken out, from the scenario and its undo history', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    store.getState().setCells('threat', 'RUS-ETH', 1977, 1978, 'no')
    store.getState().setCells('regime', 'ETH', 1975, 1983, 'non-communist')
    store.getState().setCells('threat', 'CHN-VNM', 1980, 1981, 'yes')
    store.getState().setFocus({ dyad: 'RUS-ETH', year: 1977 })
    store.getState().removeUserCase('RUS-ETH')
    const s = store.getState()
    expect(Object.keys(s.scenario.threat)).toEqual(['CHN-VNM'])
    expect(Object.keys(s.scenario.regime)).toEqual(['ETH'])
    expect(s.view.focus).toBeNull()
    for (const step of s.undoStack.past) expect(step.scenario.threat['RUS-ETH']).toBeUndefined()
    s.removeUserCase('ETH')
    expect(store.getState().scenario.regime).toEqual({})
    // The built-in change stays, and Undo still works on it.
    store.getState().undo()
    expect(store.getState().scenario.threat).toEqual({})
  })

  it('refuses cases past the limits, and changes nothing', () => {
    const store = createExplorerStore()
    const many = { ...cases, dyads: Array.from({ length: 41 }, () => cases.dyads[0]!) }
    expect(store.getState().setUserCases(many)).toBe(false)
    expect(store.getState().library).toBe(COMPILED)
    const broken = { ...cases, states: [] }
    expect(store.getState().setUserCases(broken)).toBe(false)
    expect(store.getState().userCases).toBe(NO_USER_CASES)
  })
})
