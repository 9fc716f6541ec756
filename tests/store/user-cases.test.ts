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
    const { base } = store.getState()
    expect(base).not.toBe(COMPILED)
    expect(base.dyads.map((d) => d.id)).toEqual([...COMPILED.dyads.map((d) => d.id), 'VNM-CUB'])
    expect(base.states.at(-1)).toBe('CUB')
    // The built-in records are shared as they were; only the user's are marked.
    expect(base.source.states.slice(0, DATASET.states.length)).toEqual(DATASET.states)
    expect(base.source.dyads.filter((d) => d.userCase).map((d) => d.id)).toEqual(['VNM-CUB'])
    expect(DATASET.dyads.some((d) => d.userCase)).toBe(false)
    store.getState().removeUserCase('CUB')
    expect(store.getState().userCases).toBe(NO_USER_CASES)
    expect(store.getState().base).toBe(COMPILED)
    expect(snapshot()).toBe(before)
    expect(labelsOf(DATASET).dyad('CHN-VNM')).toBe('China–Vietnam')
  })

  it('marks the user’s state and pair "(your case)" in every label, and no built-in one', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    const labels = selectLabels(store.getState())
    expect(labels.dyad('VNM-CUB')).toBe('Vietnam–Cuba (your case)')
    expect(labels.dyad('VNM-CUB', 1970)).toBe('North Vietnam–Cuba (your case)')
    expect(labels.dyadIn('VNM-CUB', 1980, 1990)).toBe('Vietnam–Cuba (your case)')
    expect(labels.state('CUB', 1970)).toBe('Cuba (your case)')
    expect(labels.state('VNM')).toBe('Vietnam')
    expect(labels.dyad('CHN-VNM')).toBe('China–Vietnam')
  })

  it('marks the rows of a user’s pair in the data CSV, and evaluates it like any pair', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    const rows = buildRows(selectEvaluation(store.getState()))
    const cuba = rows.filter((r) => r.dyad === 'VNM-CUB')
    expect(cuba).toHaveLength(78)
    expect(new Set(cuba.map((r) => r.data_version))).toEqual(new Set(['your case']))
    expect(rows.find((r) => r.dyad === 'CHN-VNM')!.data_version).toBe(DATASET.version)
    // 1970: both communist, no rift, a shared threat, and no alliance in history: a false alarm.
    expect(cuba.find((r) => r.year === 1970)).toMatchObject({ predicted: 1, alliance_essay: 0 })
  })

  it('drops changes to a case that is taken out, from the scenario and its undo history', () => {
    const store = createExplorerStore()
    store.getState().setUserCases(cases)
    store.getState().setCells('threat', 'VNM-CUB', 1961, 1975, 'no')
    store.getState().setCells('regime', 'CUB', 1961, 1975, 'non-communist')
    store.getState().setCells('threat', 'CHN-VNM', 1980, 1981, 'yes')
    store.getState().setFocus({ dyad: 'VNM-CUB', year: 1965 })
    store.getState().removeUserCase('VNM-CUB')
    const s = store.getState()
    expect(Object.keys(s.scenario.threat)).toEqual(['CHN-VNM'])
    expect(Object.keys(s.scenario.regime)).toEqual(['CUB'])
    expect(s.view.focus).toBeNull()
    for (const step of s.undoStack.past) expect(step.scenario.threat['VNM-CUB']).toBeUndefined()
    s.removeUserCase('CUB')
    expect(store.getState().scenario.regime).toEqual({})
    // The built-in change stays, and Undo still works on it.
    store.getState().undo()
    expect(store.getState().scenario.threat).toEqual({})
  })

  it('refuses cases past the limits, and changes nothing', () => {
    const store = createExplorerStore()
    const many = { ...cases, dyads: Array.from({ length: 41 }, () => cases.dyads[0]!) }
    expect(store.getState().setUserCases(many)).toBe(false)
    expect(store.getState().base).toBe(COMPILED)
    const broken = { ...cases, states: [] }
    expect(store.getState().setUserCases(broken)).toBe(false)
    expect(store.getState().userCases).toBe(NO_USER_CASES)
  })
})
