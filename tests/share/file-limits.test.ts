// @vitest-environment node
/**
 * What a file may hold, and that the explorer never writes a file it would refuse to open: heavy
 * work keeps the undo steps nearest the present that fit, and a file past the limits is refused at
 * once, before it is parsed.
 */
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { checkerboard } from '@/data/benchmark'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { PRESETS } from '@/data'
import { LIMITS } from '@/model/limits'
import {
  FILE_FORMAT,
  MAX_FILE_CHANGES,
  MAX_FILE_CHARS,
  readScenarioFile,
  salvageScenarioFile,
  writeScenarioFile,
} from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf, undoOf } from '@/share/session'
import { createExplorerStore, MAX_UNDO } from '@/store/explorer-store'

const c = COMPILED

describe('file limits', () => {
  it('refuses a file with more changes than any the explorer writes, at once, naming the count', () => {
    const change = { layer: 'threat', id: 'VNM-RUS', from: 1990, to: 1990, value: 'yes' }
    const text = JSON.stringify({
      format: FILE_FORMAT,
      version: 1,
      settings: DEFAULT_SETTINGS,
      changes: Array(MAX_FILE_CHANGES + 1).fill(change),
    })
    const read = readScenarioFile(text, c)
    expect(read).toEqual({
      ok: false,
      problem: expect.stringMatching(/^the file holds 15,001 changes, more than any scenario/),
    })
  })

  it('saves heavy undo history within the limit, keeping the steps nearest the present', () => {
    // Each undo step swaps between history and a scenario of ~430 changes: 200 steps of them
    // are ~86,000 changes, several times what a file may hold.
    const store = createExplorerStore()
    const s = () => store.getState()
    const big = checkerboard(c)
    for (let i = 0; i < 200; i++) {
      if (i % 2 === 0) s().replaceModel({ scenario: big, settings: DEFAULT_SETTINGS }, 'Opened big')
      else s().resetScenario()
    }
    expect(s().undoStack.past).toHaveLength(200)
    const text = writeScenarioFile(sessionOf(s()), savedLogOf(s()), { undo: undoOf(s()) })
    const read = readScenarioFile(text, c)
    if (!read.ok) throw new Error(read.problem)
    const past = read.file.undo?.past ?? []
    expect(past.length).toBeGreaterThan(0)
    expect(past.length).toBeLessThan(s().undoStack.past.length)
    // The steps kept are the newest ones, each exactly as the store has it.
    const newest = s().undoStack.past.slice(-past.length)
    past.forEach((st, i) => expect(st.scenario).toEqual(newest[i]!.scenario))
  })

  it('salvages an autosave with many bad changes in one pass, naming five and counting the rest', () => {
    const good = { layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }
    const bad = { layer: 'threat', id: 'NOWHERE', from: 1990, to: 1990, value: 'yes' }
    const text = JSON.stringify({
      format: FILE_FORMAT,
      version: 1,
      settings: DEFAULT_SETTINGS,
      changes: [good, ...Array(500).fill(bad)],
    })
    const r = salvageScenarioFile(text, c)
    if (!r.ok) throw new Error(r.problem)
    expect(r.file.session.scenario.regime.RUS?.[1992]).toBe('communist')
    expect(r.lost).toHaveLength(6)
    expect(r.lost.at(-1)?.problem).toBe('changes: 495 more changes could not be read')
  })
})

describe('the most the store can hold', () => {
  it('saves within the file limits and opens again whole', () => {
    const store = createExplorerStore()
    const s = () => store.getState()
    // Every reason, answer and code at its longest, in characters JSON must escape; a full log, the
    // largest scenario, a full undo history.
    const long = (n: number) => '"\\'.repeat(n / 2)
    const log = Array.from({ length: LIMITS.logEntries }, (_, i) => ({
      text: `${i} ${long(LIMITS.logText - 8)}`,
      rationale: long(LIMITS.rationale),
    }))
    s().replaceModel({ scenario: checkerboard(c), settings: DEFAULT_SETTINGS }, 'Opened', log)
    for (const ex of PRESETS)
      s().answer(ex.id, {
        prediction: 'unsure',
        reason: long(LIMITS.reason),
        explanation: long(LIMITS.explanation),
      })
    for (let i = 0; i < LIMITS.codedItems; i++)
      s().code(`item-${i}`, {
        alliance: 'unsure',
        defence: 'no',
        end: 1969,
        reason: long(LIMITS.reason),
      })
    expect(s().code('one-too-many', { alliance: 'yes' })).toBeUndefined()
    expect(Object.keys(s().codes)).toHaveLength(LIMITS.codedItems)
    for (let i = 0; i < MAX_UNDO; i++)
      s().toggleCell('rift', c.dyads[i % c.dyads.length]!.id, c.firstYear + (i % c.yearCount))
    for (const e of s().log) s().setRationale(e.id, long(LIMITS.rationale))
    expect(s().log).toHaveLength(LIMITS.logEntries)

    const text = writeScenarioFile(sessionOf(s()), savedLogOf(s()), {
      undo: undoOf(s()),
      ...studentWorkOf(s()),
    })
    expect(text.length).toBeLessThanOrEqual(MAX_FILE_CHARS)
    const read = readScenarioFile(text, c)
    if (!read.ok) throw new Error(read.problem)
    expect(read.file.session.scenario).toEqual(s().scenario)
    expect(read.file.log).toEqual(savedLogOf(s()))
    expect(read.file.answers).toEqual(s().answers)
    expect(read.file.codes).toEqual(s().codes)
  })
})
