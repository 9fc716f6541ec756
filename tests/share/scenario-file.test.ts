// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { DATA_VERSION } from '@/data/version'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { defaultView } from '@/share/session'
import { FILE_FORMAT, readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { arbitrarySession, FILE_SETTINGS as SETTINGS } from './arbitraries'
import { fuzzRuns } from '../fuzz'

const c = COMPILED
const file = (over: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, settings: SETTINGS, changes: [], ...over })

describe('scenario files', () => {
  it('round-trip any session and its log: scenario → file → scenario', () => {
    fc.assert(
      fc.property(
        arbitrarySession,
        fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 40 }) }), { maxLength: 5 }),
        (session, log) => {
          const result = readScenarioFile(writeScenarioFile(session, log), c)
          expect(result.ok).toBe(true)
          if (!result.ok) return
          expect(result.file.session).toEqual(session)
          expect(result.file.log).toEqual(log)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('are readable JSON with a format name and version', () => {
    const text = file({
      changes: [{ layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }],
    })
    const r = readScenarioFile(text, c)
    expect(r.ok && r.file.session.scenario.regime.RUS?.[2026]).toBe('communist')
  })

  it('record the data version they were made on, and read it back', () => {
    const text = writeScenarioFile(
      { scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS, view: defaultView(c) },
      [],
    )
    expect(JSON.parse(text)).toMatchObject({ dataVersion: DATA_VERSION })
    const r = readScenarioFile(text, c)
    expect(r.ok && r.file.dataVersion).toBe(DATA_VERSION)
  })

  it('made on older data still open, whatever version they name or if they name none', () => {
    const changes = [{ layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }]
    for (const text of [
      file({ changes }),
      file({ changes, dataVersion: '2026.11' }),
      file({ changes, dataVersion: 'draft' }),
    ]) {
      const r = readScenarioFile(text, c)
      expect(r.ok && r.file.session.scenario.regime.RUS?.[2000]).toBe('communist')
    }
    const old = readScenarioFile(file({ changes }), c)
    expect(old.ok && 'dataVersion' in old.file).toBe(false)
  })
})

/** Broken files: each is rejected whole, with a message naming what is wrong and where. */
const CORPUS: [string, string, RegExp][] = [
  ['empty file', '', /not JSON/],
  ['plain text', 'Russia stays communist', /not JSON/],
  ['truncated JSON', '{"format": "alliance-counterfactual-explorer/scenario", "vers', /not JSON/],
  ['a JSON array', '[1, 2, 3]', /holds no JSON object/],
  ['null', 'null', /holds no JSON object/],
  [
    'another app’s file',
    JSON.stringify({ format: 'something-else', version: 1 }),
    /not an explorer scenario/,
  ],
  ['a newer version', file({ version: 2 }), /newer version of the explorer \(version 2\)/],
  ['format version 0', file({ version: 0 }), /format version \(0\) is unknown/],
  ['a negative format version', file({ version: -3 }), /format version \(-3\) is unknown/],
  ['a fractional format version', file({ version: 1.5 }), /format version \(1\.5\) is unknown/],
  [
    'a format version that is not a number',
    file({ version: 'NaN' }),
    /format version \("NaN"\) is unknown/,
  ],
  ['no format version', file({ version: undefined }), /has no format version/],
  ['no settings', JSON.stringify({ format: FILE_FORMAT, version: 1, changes: [] }), /^settings: /],
  [
    'a bad rule',
    file({ settings: { ...SETTINGS, rule: 'balance-of-power' } }),
    /^settings\.rule: /,
  ],
  ['a lag out of range', file({ settings: { ...SETTINGS, lag: 99 } }), /^settings\.lag: /],
  [
    'an unknown layer',
    file({ changes: [{ layer: 'economy', id: 'RUS', from: 1992, to: 1993, value: 'x' }] }),
    /^changes\[0\]\.layer \(RUS, 1992–1993\): /,
  ],
  [
    'a bad regime value',
    file({ changes: [{ layer: 'regime', id: 'RUS', from: 1992, to: 1993, value: 'monarchy' }] }),
    /^changes\[0\]\.value \(RUS, 1992–1993\): /,
  ],
  [
    'an unknown state',
    file({ changes: [{ layer: 'regime', id: 'ATL', from: 1992, to: 1993, value: 'communist' }] }),
    /^changes\[0\]: unknown state "ATL" \(regime, 1992–1993\)/,
  ],
  [
    'an unknown pair',
    file({ changes: [{ layer: 'threat', id: 'VNM-ATL', from: 1992, to: 1992, value: 'yes' }] }),
    /^changes\[0\]: unknown pair "VNM-ATL" \(threat, 1992\)/,
  ],
  [
    'years before the data',
    file({ changes: [{ layer: 'regime', id: 'RUS', from: 1800, to: 1990, value: 'communist' }] }),
    /^changes\[0\] \(RUS, regime\): years 1800–1990 are outside 1949–2026/,
  ],
  [
    'a backwards span',
    file({ changes: [{ layer: 'rift', id: 'CHN-RUS', from: 1970, to: 1960, value: false }] }),
    /^changes\[0\] \(CHN-RUS\): the span 1970–1960 ends before it starts/,
  ],
  [
    'a year that is not a whole number',
    file({ changes: [{ layer: 'regime', id: 'RUS', from: 1992.5, to: 1993, value: 'communist' }] }),
    /^changes\[0\]\.from \(RUS, 1992\.5–1993\): /,
  ],
  ['an extra field', file({ extra: true }), /^the file: .*extra/],
  [
    'a bad view range',
    file({
      view: {
        yearFrom: 2000,
        yearTo: 1990,
        hiddenDyads: [],
        focus: null,
        table: { dyad: null, outcomes: [], divergentOnly: false, search: '' },
      },
    }),
    /^view: the year range 2000–1990/,
  ],
  [
    'an unknown hidden pair',
    file({
      view: {
        yearFrom: 1949,
        yearTo: 2026,
        hiddenDyads: ['XXX-YYY'],
        focus: null,
        table: { dyad: null, outcomes: [], divergentOnly: false, search: '' },
      },
    }),
    /^view\.hiddenDyads: unknown pair "XXX-YYY"/,
  ],
  ['an empty log entry', file({ log: [{ text: '' }] }), /^log\[0\]\.text: /],
  [
    'undo steps pointing past the log',
    file({
      undo: { entries: [], past: [{ changes: [], settings: SETTINGS, logLength: 3 }], future: [] },
    }),
    /^undo\.past\[0\]\.logLength: longer than the saved log/,
  ],
]

describe('broken scenario files', () => {
  it.each(CORPUS)('rejects %s', (_name, text, message) => {
    const r = readScenarioFile(text, c)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatch(message)
  })

  it('never throw, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json({ maxDepth: 4 })), (text) => {
        const r = readScenarioFile(text, c)
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: fuzzRuns(2000) },
    )
  })
})
