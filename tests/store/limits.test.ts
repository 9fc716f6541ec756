// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { generateDataset } from '@/data/synthetic'
import { compileDataset } from '@/model/compile'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { LIMITS } from '@/model/limits'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { decodeLink } from '@/share/link'
import { applyOpened } from '@/share/persistence'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, undoOf } from '@/share/session'
import { createExplorerStore, type ExplorerState } from '@/store/explorer-store'

/*
 * The store holds only what a save holds: a log of at most LIMITS.logEntries entries and at most
 * LIMITS.hiddenPairs hidden pairs, each a pair of the data and each once, whatever a link or a
 * file brings.
 */

const texts = (s: ExplorerState) => s.log.map((e) => e.text)
const reasonOf = (s: ExplorerState, text: string) =>
  s.rationales[s.log.find((e) => e.text === text)!.id]
/** Why the autosave of `s` would be refused on reading it back ('' when it reads). */
const refusal = (s: ExplorerState) => {
  const read = readScenarioFile(
    writeScenarioFile(sessionOf(s), savedLogOf(s), { undo: undoOf(s), answers: s.answers }),
    s.base,
  )
  return read.ok ? '' : read.problem
}

describe('the log limit', () => {
  it('a file whose log takes the log past the limit keeps the newest entries, reasons in place', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().togglePreset('russia-stays-communist')
    s().setRationale(s().log[0]!.id, 'my own first step')
    s().toggleCell('regime', 'CHN', 1980)
    const fileLog = Array.from({ length: LIMITS.logEntries }, (_, i) => ({
      text: `file step ${i}`,
      ...(i === 0 || i === LIMITS.logEntries - 1 ? { rationale: `why ${i}` } : {}),
    }))
    s().replaceModel(
      { scenario: EMPTY_SCENARIO, settings: { ...DEFAULT_SETTINGS, lag: 4 } },
      'Opened "big.json"',
      fileLog,
    )
    // 2 own entries + a full log from the file + the opening step: the 3 oldest gave way.
    expect(texts(s())).toEqual([...fileLog.slice(1).map((e) => e.text), 'Opened "big.json"'])
    expect(reasonOf(s(), `file step ${LIMITS.logEntries - 1}`)).toBe(`why ${LIMITS.logEntries - 1}`)
    expect(Object.values(s().rationales)).not.toContain('my own first step')
    expect(Object.values(s().rationales)).not.toContain('why 0')
    expect(refusal(s())).toBe('')
    // Undo goes back to the work before the file; its log entries were the oldest, now gone.
    s().undo()
    expect(s().settings.lag).toBe(DEFAULT_SETTINGS.lag)
    expect(s().scenario.regime.CHN?.[1980]).toBeDefined()
    expect(texts(s())).toEqual([])
    expect(refusal(s())).toBe('')
    s().redo()
    expect(texts(s())).toHaveLength(LIMITS.logEntries)
    expect(texts(s()).at(-1)).toBe('Opened "big.json"')
  })

  it('saved work with more entries than the limit keeps the newest, steps shifted to match', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    const n = LIMITS.logEntries + 5
    const entries = Array.from({ length: n }, (_, i) => ({ text: `step ${i}`, rationale: `r${i}` }))
    const at = (logLength: number, lag: number) => ({
      scenario: EMPTY_SCENARIO,
      settings: { ...DEFAULT_SETTINGS, lag },
      logLength,
    })
    s().restoreSaved(entries, at(n - 1, 1), [at(3, 9), at(n - 2, 0)], [at(n, 2)])
    expect(texts(s())).toEqual(entries.slice(5, n - 1).map((e) => e.text))
    expect(reasonOf(s(), 'step 5')).toBe('r5')
    expect(Object.keys(s().rationales)).toHaveLength(LIMITS.logEntries)
    expect(refusal(s())).toBe('')
    s().redo()
    expect(texts(s())).toEqual(entries.slice(5).map((e) => e.text))
    s().undo()
    s().undo()
    expect(texts(s())).toEqual(entries.slice(5, n - 2).map((e) => e.text))
    // A step from before the oldest entry kept has none of the log left, never a negative share.
    s().undo()
    expect(s().settings.lag).toBe(9)
    expect(texts(s())).toEqual([])
    expect(refusal(s())).toBe('')
  })

  it('a log line that is nothing but control characters still saves', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().restoreSaved(
      [{ text: '\u0001\u0002' }],
      { scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS, logLength: 1 },
      [],
      [],
    )
    expect(texts(s())[0]!.length).toBeGreaterThan(0)
    expect(refusal(s())).toBe('')
  })
})

describe('the hidden pairs limit', () => {
  const pair = COMPILED.dyads[0]!.id

  it('a link that names one pair many times hides it once, and the autosave reads back', () => {
    const store = createExplorerStore()
    // More repeats than a save holds pairs.
    const link = decodeLink(`#v=1&r=RUS:c1992-2026&hide=${`${pair},`.repeat(1500)}`, COMPILED)
    applyOpened(store, { session: link.session!, log: [] }, 'Opened a shared link')
    expect(refusal(store.getState())).toBe('')
    expect(store.getState().view.hiddenDyads).toEqual([pair])
  })

  it('hides only pairs of the data, and shows them again', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    s().toggleDyadShown('NOT-A-PAIR')
    s().toggleDyadShown('')
    expect(s().view.hiddenDyads).toEqual([])
    s().toggleDyadShown(pair)
    expect(s().view.hiddenDyads).toEqual([pair])
    s().replaceView({ ...s().view, hiddenDyads: [pair, 'NOT-A-PAIR', pair] })
    expect(s().view.hiddenDyads).toEqual([pair])
    expect(refusal(s())).toBe('')
    s().toggleDyadShown(pair)
    expect(s().view.hiddenDyads).toEqual([])
  })

  it('never hides more pairs than a save holds, on data with more pairs than that', () => {
    const big = compileDataset(
      generateDataset({ states: 60, dyads: LIMITS.hiddenPairs + 20, years: 3, seed: 3 }),
    )
    expect(big.dyads.length).toBeGreaterThan(LIMITS.hiddenPairs)
    const store = createExplorerStore(big, [])
    const s = () => store.getState()
    const ids = big.dyads.map((d) => d.id)
    s().replaceView({ ...s().view, hiddenDyads: [...ids, ...ids] })
    expect(s().view.hiddenDyads).toEqual(ids.slice(0, LIMITS.hiddenPairs))
    s().toggleDyadShown(ids.at(-1)!)
    expect(s().view.hiddenDyads).toHaveLength(LIMITS.hiddenPairs)
    expect(refusal(s())).toBe('')
    s().showAllDyads()
    for (const id of ids) s().toggleDyadShown(id)
    expect(s().view.hiddenDyads).toHaveLength(LIMITS.hiddenPairs)
  })
})
