// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATASET } from '@/data'
import { LIMITS } from '@/model/limits'
import {
  readUserCases,
  writeUserCasesCsv,
  writeUserCasesJson,
  type UserCases,
} from '@/share/user-cases'

const CSV = readFileSync('public/case-template.csv', 'utf8')
const JSON_TEXT = readFileSync('public/case-template.json', 'utf8')
const lines = CSV.split('\r\n')

/** The template with the row that starts with `start` changed by `edit`, and that row's number. */
function editRow(start: string, edit: (line: string) => string | null) {
  const i = lines.findIndex((l) => l.startsWith(start))
  if (i < 0) throw new Error(`no row starts with ${start}`)
  const next = [...lines]
  const changed = edit(lines[i]!)
  if (changed === null) next.splice(i, 1)
  else next[i] = changed
  return { text: next.join('\r\n'), row: i + 1 }
}

const template = readUserCases(JSON_TEXT, 'json').cases!

describe('the case templates', () => {
  it('read without a problem, and the CSV and JSON hold the same cases', () => {
    const csv = readUserCases(CSV, 'csv')
    const json = readUserCases(JSON_TEXT, 'json')
    expect(csv.problems).toEqual([])
    expect(json.problems).toEqual([])
    expect(csv.cases).toEqual(json.cases)
    expect(json.cases!.states.map((s) => s.id)).toEqual(['CUB'])
    expect(json.cases!.dyads.map((d) => d.id)).toEqual(['VNM-CUB'])
  })

  it('are written back exactly by the writers', () => {
    expect(writeUserCasesCsv(template)).toBe(CSV)
    expect(JSON.parse(writeUserCasesJson(template))).toEqual(JSON.parse(JSON_TEXT))
  })

  it('code Vietnam–Cuba 1965–1973 as a shared threat with no rift and no alliance', () => {
    const pair = template.dyads[0]!
    const at = (spans: readonly { from: number; to: number; value: unknown }[], y: number) =>
      spans.find((s) => s.from <= y && y <= s.to)?.value
    expect(at(pair.threat, 1970)).toBe('yes')
    expect(at(pair.rift, 1970)).toBe(false)
    expect(at(pair.essay, 1970)).toBe(false)
    expect(at(template.states[0]!.regime, 1970)).toBe('communist')
    expect(at(template.states[0]!.regime, 1958)).toBe('non-communist')
  })
})

describe('a problem in a case file', () => {
  it('names the row, the pair, the field and the years of a bad confidence', () => {
    const { text, row } = editRow('pair,VNM-CUB,threat,1965,1973,yes,high', (l) =>
      l.replace(',yes,high,', ',yes,certain,'),
    )
    const r = readUserCases(text, 'csv')
    expect(r.cases).toBeNull()
    expect(r.problems).toEqual([
      `Row ${row} (pair VNM-CUB, threat, 1965–1973): confidence must be high, medium or low`,
    ])
  })

  it('names the pair, the field and the years in a JSON file', () => {
    const raw = JSON.parse(JSON_TEXT)
    raw.dyads[0].rift[1].confidence = 'sure'
    const r = readUserCases(JSON.stringify(raw), 'json')
    expect(r.problems).toEqual([
      'pair VNM-CUB, rift, 1961–2026: confidence must be high, medium or low',
    ])
  })

  it('names the years no span covers', () => {
    const { text } = editRow('pair,VNM-CUB,threat,1959,1960', () => null)
    expect(readUserCases(text, 'csv').problems).toEqual([
      'pair VNM-CUB, threat, 1959–1960: no span covers these years',
    ])
  })

  it('names the row of a span that cites an unknown source', () => {
    const { text, row } = editRow('state,CUB,regime,1965,2026', (l) => l.replace(',CU2,', ',CU9,'))
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (state CUB, regime, 1965–2026): unknown source id "CU9"`,
    ])
  })

  it('names the row of a value the field does not take', () => {
    const { text, row } = editRow('pair,VNM-CUB,essay,1949,2026', (l) =>
      l.replace(',no,high,', ',maybe,high,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair VNM-CUB, essay, 1949–2026): value must be yes or no`,
    ])
    const threat = editRow('pair,VNM-CUB,threat,1995,2026', (l) => l.replace(',no,', ',never,'))
    expect(readUserCases(threat.text, 'csv').problems).toEqual([
      `Row ${threat.row} (pair VNM-CUB, threat, 1995–2026): value must be yes, no or contested`,
    ])
  })

  it('asks for the adversary of a shared threat', () => {
    const { text, row } = editRow('pair,VNM-CUB,threat,1965,1973', (l) =>
      l.replace(',United States,', ',,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair VNM-CUB, threat, 1965–1973): a "yes" threat must name the common adversary`,
    ])
  })

  it('says a rationale that is too short is too short, with its row', () => {
    const { text, row } = editRow('pair,VNM-CUB,treaty_defense', (l) =>
      l.replace(/,No mutual-defence treaty[^,]*,/, ',None.,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair VNM-CUB, treaty_defense, 1949–2026): rationale is too short to explain the coding`,
    ])
  })

  it('refuses a year that is no year, and a column the file does not know', () => {
    const { text, row } = editRow('state,CUB,regime,1961', (l) => l.replace(',1961,', ',1961a,'))
    expect(readUserCases(text, 'csv').problems[0]).toMatch(
      new RegExp(`^Row ${row} \\(state CUB, regime.*\\): from and to must be years`),
    )
    const extra = CSV.replace('record,id,', 'record,id,colour,')
    expect(readUserCases(extra, 'csv').problems[0]).toMatch(/^Row 1: unknown column "colour"/)
  })

  it('refuses a column twice, or a column with no name that rows fill, rather than lose it', () => {
    expect(readUserCases(CSV.replace('record,id,', 'record,id,id,'), 'csv').problems).toContain(
      'Row 1: the column "id" is there twice',
    )
    const unnamed = CSV.replace('record,id,', 'record,,id,').replace(
      'state,CUB,short,',
      'state,kept?,CUB,short,',
    )
    expect(readUserCases(unnamed, 'csv').problems).toEqual([
      'Row 1: column 2 has no name, but rows below fill it',
    ])
  })

  it('refuses a cell that would be lost (a url on a span row)', () => {
    const { text, row } = editRow('pair,VNM-CUB,essay', (l) => `${l}https://example.org/`)
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair VNM-CUB, essay, 1949–2026): url is not used in a pair essay row, so it would be lost: leave it empty`,
    ])
  })

  it('refuses a pair with a state nobody defined', () => {
    const text = CSV.replaceAll('VNM-CUB', 'VNM-XYZ')
    expect(readUserCases(text, 'csv').problems).toContainEqual(
      expect.stringMatching(/^Row \d+ \(pair VNM-XYZ\): unknown state XYZ$/),
    )
  })
})

describe('the built-in history', () => {
  const withState = (id: string) =>
    CSV.replaceAll(',CUB,', `,${id},`).replaceAll('VNM-CUB', `VNM-${id}`)

  it('never changes: a case that redefines a built-in state is refused, saying so', () => {
    const r = readUserCases(withState('CHN'), 'csv')
    expect(r.cases).toBeNull()
    expect(r.problems[0]).toMatch(
      /^Row \d+ \(state CHN\): CHN is a built-in state, and the built-in history never changes/,
    )
  })

  it('never changes: a built-in pair, in either order, is refused', () => {
    for (const id of ['CHN-VNM', 'VNM-CHN']) {
      const raw = JSON.parse(JSON_TEXT)
      raw.dyads[0].id = id
      ;[raw.dyads[0].a, raw.dyads[0].b] = id.split('-')
      const r = readUserCases(JSON.stringify(raw), 'json')
      expect(r.cases).toBeNull()
      expect(r.problems[0]).toMatch(
        new RegExp(
          `^pair ${id}: the built-in data already hold this pair.*the built-in history never changes`,
        ),
      )
    }
  })

  it('never changes: a source id of the built-in list is refused', () => {
    const text = CSV.replaceAll('CU1', 'S68')
    expect(readUserCases(text, 'csv').problems[0]).toMatch(
      /^Row 2 \(source S68\): the built-in data already cite a source with this id/,
    )
  })

  it('is not touched by reading cases', () => {
    const before = JSON.stringify(DATASET)
    readUserCases(CSV, 'csv')
    readUserCases(withState('CHN'), 'csv')
    expect(JSON.stringify(DATASET)).toBe(before)
    expect(Object.isFrozen(DATASET.states)).toBe(true)
  })
})

describe('the limits of a case file', () => {
  it('refuses a text longer than LIMITS.caseText unread', () => {
    const r = readUserCases(CSV + ' '.repeat(LIMITS.caseText), 'csv')
    expect(r.cases).toBeNull()
    expect(r.problems[0]).toMatch(/more than the 300,000 a case file may hold, so it was not read/)
  })

  it(`refuses more than ${LIMITS.caseStates} states of one's own`, () => {
    const state = template.states[0]!
    const many: UserCases = {
      ...template,
      dyads: [],
      states: Array.from({ length: LIMITS.caseStates + 1 }, (_, i) => ({
        ...state,
        id: `Q${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
      })),
    }
    const r = readUserCases(writeUserCasesJson(many), 'json')
    expect(r.cases).toBeNull()
    expect(r.problems).toContain(`states: at most ${LIMITS.caseStates} states of your own`)
    const fewer = { ...many, states: many.states.slice(0, LIMITS.caseStates) }
    expect(readUserCases(writeUserCasesJson(fewer), 'json').problems).toEqual([])
  })

  it(`refuses a case with more than ${LIMITS.caseSpans} spans`, () => {
    const regime = Array.from({ length: 78 }, (_, i) => ({
      ...template.states[0]!.regime[0]!,
      from: 1949 + i,
      to: 1949 + i,
    }))
    const names = Array.from({ length: 78 }, (_, i) => ({
      from: 1949 + i,
      to: 1949 + i,
      name: 'Cuba',
    }))
    const big = { ...template, dyads: [], states: [{ ...template.states[0]!, regime, names }] }
    // 156 spans and names: within the limit.
    expect(readUserCases(writeUserCasesJson(big), 'json').problems).toEqual([])
    const pair = template.dyads[0]!
    const years = <S extends { from: number; to: number }>(s: S) =>
      Array.from({ length: 78 }, (_, i) => ({ ...s, from: 1949 + i, to: 1949 + i }))
    const huge = {
      ...template,
      dyads: [
        {
          ...pair,
          rift: years(pair.rift[1]!),
          essay: years(pair.essay[0]!),
          treaty_any: years(pair.treaty_any[0]!),
        },
      ],
    }
    expect(readUserCases(writeUserCasesJson(huge), 'json').problems).toEqual([
      `pair VNM-CUB: has ${78 * 3 + 7 + 1 + 2 + 2} spans and names, more than the ${LIMITS.caseSpans} one case may hold`,
    ])
  })

  it('says what a JSON file that is not a case file is', () => {
    expect(
      readUserCases('{"format":"alliance-counterfactual-explorer/scenario"}', 'json').problems[0],
    ).toMatch(/It is a scenario file/)
    expect(readUserCases('[1,2]', 'json').problems).toEqual([
      'The file holds no JSON object, so it holds no cases.',
    ])
    expect(
      readUserCases(JSON_TEXT.replace('"version": 1', '"version": 2'), 'json').problems[0],
    ).toMatch(/newer version/)
  })
})
