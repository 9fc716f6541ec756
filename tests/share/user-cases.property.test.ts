// @vitest-environment node
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMPILED, DATASET } from '@/data'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { setSpan, EMPTY_SCENARIO } from '@/model/scenario'
import { compileDataset } from '@/model/compile'
import { withUserCases, type UserCases } from '@/model/user-cases'
import { ATOP_OBLIGATION, CONFIDENCE, COW_TYPE, REGIME } from '@/model/vocabulary'
import { readScenarioFile, salvageScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { defaultView } from '@/share/session'
import { readUserCases, writeUserCasesCsv, writeUserCasesJson } from '@/share/user-cases'
import { fuzzRuns } from '../fuzz'

/*
 * Everything a user opens is data: at least 10,000 generated inputs of each kind read without an
 * exception, and every valid case comes back exactly as written, in CSV, in JSON and inside a
 * scenario file.
 */

const RUNS = Number(process.env.CASE_RUNS ?? fuzzRuns(10_000))
const CSV = readFileSync('public/case-template.csv', 'utf8')
const JSON_TEXT = readFileSync('public/case-template.json', 'utf8')

/** Characters a spreadsheet or a CSV reader could trip on, and a few ordinary ones. */
const unit = fc.constantFrom('a', 'Z', '1', ' ', ',', '"', "'", '=', '-', '+', '@', 'é', '–', ';')
const words = (min: number, max: number, lead: string) =>
  fc.string({ unit, minLength: min, maxLength: max }).map((s) => `${lead}${s}.`)
const lines = fc.string({ unit: fc.oneof(unit, fc.constant('\n')), maxLength: 30 })

const FIRST = DATASET.firstYear
const LAST = DATASET.lastYear

/** Spans that cover the data's years once each, cut at up to three places. */
const cuts = fc
  .uniqueArray(fc.integer({ min: FIRST + 1, max: LAST }), { maxLength: 4 })
  .map((c) => {
    const starts = [FIRST, ...c.sort((a, b) => a - b)]
    return starts.map((from, i) => ({ from, to: (starts[i + 1] ?? LAST + 1) - 1 }))
  })

const spansOf = <T>(value: fc.Arbitrary<T>, sources: readonly string[], threat = false) =>
  cuts.chain((years) =>
    fc.tuple(
      ...years.map((y) =>
        fc
          .record(
            {
              value,
              confidence: fc.constantFrom(...CONFIDENCE.values),
              sources: fc.subarray([...sources], { minLength: 1 }),
              rationale: words(10, 40, 'R'),
              adversary: words(0, 20, 'A'),
              contested: words(0, 40, 'C'),
            },
            {
              requiredKeys: threat
                ? ['value', 'confidence', 'sources', 'rationale', 'adversary']
                : ['value', 'confidence', 'sources', 'rationale'],
            },
          )
          .map((s) => ({ ...y, ...s })),
      ),
    ),
  )

const BUILT_IN = ['VNM', 'CHN', 'LAO']
// States a teacher might add that the built-in case library does not hold.
const NEW_IDS = ['ETH', 'AGO', 'MOZ', 'AFG', 'QQQ']

const validCases: fc.Arbitrary<UserCases> = fc
  .record({
    states: fc.uniqueArray(fc.constantFrom(...NEW_IDS), { minLength: 1, maxLength: 2 }),
    sources: fc.uniqueArray(fc.constantFrom('U1', 'U2', 'U3'), { maxLength: 2 }),
  })
  .chain(({ states, sources }) => {
    const cite = ['S68', 'VU2021', ...sources]
    const candidates = states.flatMap((s, i) => [
      ...BUILT_IN.map((b) => `${b}-${s}`),
      ...states.slice(i + 1).map((t) => `${s}-${t}`),
    ])
    const yesNo = fc.boolean()
    return fc.record({
      sources: fc.tuple(
        ...sources.map((id) =>
          fc
            .record(
              {
                title: words(0, 60, 'T'),
                url: fc.constantFrom('https://doi.org/10.1/x', 'https://www.granma.cu/a?b=1'),
              },
              { requiredKeys: ['title'] },
            )
            .map((s) => ({ id, ...s })),
        ),
      ),
      states: fc.tuple(
        ...states.map((id) =>
          fc.record({
            id: fc.constant(id),
            short: fc.string({ unit, maxLength: 20 }).map((s) => `S${s}x`),
            names: cuts.chain((years) =>
              fc.tuple(
                ...years.map((y) =>
                  fc
                    .record(
                      {
                        name: lines.map((s) => `N${s}x`),
                        short: fc.string({ unit, maxLength: 10 }).map((s) => `P${s}x`),
                      },
                      { requiredKeys: ['name'] },
                    )
                    .map((n) => ({ ...y, ...n })),
                ),
              ),
            ),
            regime: spansOf(fc.constantFrom(...REGIME.values), cite),
          }),
        ),
      ),
      dyads: fc.subarray(candidates, { maxLength: 2 }).chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(id),
              a: fc.constant(id.slice(0, 3)),
              b: fc.constant(id.slice(4)),
              threat: fc.oneof(
                spansOf(fc.constant('no' as const), cite),
                spansOf(fc.constantFrom('yes' as const, 'contested' as const), cite, true),
              ),
              rift: spansOf(yesNo, cite),
              essay: spansOf(yesNo, cite),
              treaty_any: spansOf(yesNo, cite),
              treaty_defense: spansOf(yesNo, cite),
              cow: spansOf(fc.option(fc.constantFrom(...COW_TYPE.values)), cite),
              atop: spansOf(
                fc.option(fc.uniqueArray(fc.constantFrom(...ATOP_OBLIGATION.values))),
                cite,
              ),
            }),
          ),
        ),
      ),
    })
  })

/** Text near a valid case file: a template with a slice replaced, cut short or run on. */
const nearly = (text: string) =>
  fc.oneof(
    fc
      .tuple(fc.nat(text.length), fc.nat(80), fc.string({ maxLength: 20 }))
      .map(([at, n, s]) => text.slice(0, at) + s + text.slice(at + n)),
    fc.nat(text.length).map((n) => text.slice(0, n)),
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
  )

const wellFormed = (r: ReturnType<typeof readUserCases>) =>
  (r.cases === null) === r.problems.length > 0 && r.problems.every((p) => typeof p === 'string')

// At full size (CI's fuzz stage, beside another worker) reading back 10,000 cases took 28 to 39 s
// in CI runs: these get three minutes, more than four times that.
describe('reading case files', { timeout: 180_000 }, () => {
  it(`never throws on ${RUNS.toLocaleString('en')} CSV texts, and takes a file whole or not at all`, () => {
    fc.assert(
      fc.property(nearly(CSV), (text) => {
        const r = readUserCases(text, 'csv')
        expect(wellFormed(r)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  }, 180_000)

  it(`never throws on ${RUNS.toLocaleString('en')} JSON texts`, () => {
    fc.assert(
      fc.property(nearly(JSON_TEXT), (text) => {
        const r = readUserCases(text, 'json')
        expect(wellFormed(r)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  }, 180_000)

  // Each generated case is written and read in one of the two formats, picked at random, so that
  // every case stays within a reasonable run on a shared machine (zod reads without compiling).
  it(`reads back ${RUNS.toLocaleString('en')} generated cases exactly, in CSV or JSON`, () => {
    let csvRuns = 0
    fc.assert(
      fc.property(validCases, fc.boolean(), (cases, csv) => {
        if (csv) csvRuns++
        const text = csv ? writeUserCasesCsv(cases) : writeUserCasesJson(cases)
        const r = readUserCases(text, csv ? 'csv' : 'json')
        expect(r.problems).toEqual([])
        expect(r.cases).toEqual(cases)
      }),
      { numRuns: RUNS },
    )
    // Both formats had their share.
    expect(csvRuns).toBeGreaterThan(RUNS / 4)
    expect(csvRuns).toBeLessThan((RUNS * 3) / 4)
  }, 300_000)

  it('keeps the cases, and the changes to them, through a scenario file and the autosave', () => {
    fc.assert(
      fc.property(validCases, fc.integer({ min: FIRST, max: LAST }), (cases, year) => {
        const state = cases.states[0]!.id
        const pair = cases.dyads[0]?.id
        let scenario = setSpan(
          EMPTY_SCENARIO,
          COMPILED_WITH(cases),
          'regime',
          state,
          year,
          year,
          'communist',
        )
        if (pair)
          scenario = setSpan(scenario, COMPILED_WITH(cases), 'rift', pair, FIRST, year, true)
        const text = writeScenarioFile(
          { scenario, settings: DEFAULT_SETTINGS, view: defaultView(COMPILED) },
          [{ text: 'a step' }],
          { cases },
        )
        const opened = readScenarioFile(text, COMPILED)
        if (!opened.ok) throw new Error(opened.problem)
        expect(opened.file.cases).toEqual(cases)
        expect(opened.file.session.scenario).toEqual(scenario)
        const salvaged = salvageScenarioFile(text, COMPILED)
        if (!salvaged.ok) throw new Error(salvaged.problem)
        expect(salvaged.lost).toEqual([])
        expect(salvaged.file.cases).toEqual(cases)
        expect(salvaged.file.session.scenario).toEqual(scenario)
      }),
      { numRuns: 300 },
    )
  }, 180_000)
})

const COMPILED_WITH = (cases: UserCases) => compileDataset(withUserCases(DATASET, cases))
