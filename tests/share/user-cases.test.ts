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
    expect(json.cases!.states.map((s) => s.id)).toEqual(['ETH'])
    expect(json.cases!.dyads.map((d) => d.id)).toEqual(['RUS-ETH'])
  })

  it('are written back exactly by the writers', () => {
    expect(writeUserCasesCsv(template)).toBe(CSV)
    expect(JSON.parse(writeUserCasesJson(template))).toEqual(JSON.parse(JSON_TEXT))
  })

  it('code USSR–Ethiopia 1977–1978 as a shared threat with no rift, and the 1978 treaty as consultation only', () => {
    const pair = template.dyads[0]!
    const ethiopia = template.states[0]!
    const at = <S extends { from: number; to: number }>(spans: readonly S[], y: number) =>
      spans.find((s) => s.from <= y && y <= s.to)
    // The Ogaden war: Somalia was the common adversary.
    expect(at(pair.threat, 1977)).toMatchObject({ value: 'yes', adversary: 'Somalia' })
    expect(at(pair.threat, 1970)?.value).toBe('no')
    expect(at(pair.threat, 2000)?.value).toBe('no')
    expect(at(pair.rift, 1977)?.value).toBe(false)
    // The 1978 treaty of friendship: consultation, no defence pledge.
    expect(at(pair.treaty_any, 1977)?.value).toBe(false)
    expect(at(pair.treaty_any, 1978)?.value).toBe(true)
    expect(at(pair.treaty_defense, 1980)?.value).toBe(false)
    expect(at(pair.atop, 1980)?.value).toEqual(['consultation'])
    // The Derg's years before its party are communist only with low confidence and a dissent.
    expect(at(ethiopia.regime, 1970)?.value).toBe('non-communist')
    expect(at(ethiopia.regime, 1980)).toMatchObject({ value: 'communist', confidence: 'low' })
    expect(at(ethiopia.regime, 1980)?.contested).toMatch(/no ruling party/i)
    expect(at(ethiopia.regime, 1986)).toMatchObject({ value: 'communist', confidence: 'medium' })
    expect(at(ethiopia.regime, 1995)?.value).toBe('non-communist')
  })
})

describe('a problem in a case file', () => {
  it('names the row, the pair, the field and the years of a bad confidence', () => {
    const { text, row } = editRow('pair,RUS-ETH,threat,1977,1978,yes,medium', (l) =>
      l.replace(',yes,medium,', ',yes,certain,'),
    )
    const r = readUserCases(text, 'csv')
    expect(r.cases).toBeNull()
    expect(r.problems).toEqual([
      `Row ${row} (pair RUS-ETH, threat, 1977–1978): confidence must be high, medium or low`,
    ])
  })

  it('names the pair, the field and the years in a JSON file', () => {
    const raw = JSON.parse(JSON_TEXT)
    raw.dyads[0].rift[1].confidence = 'sure'
    const r = readUserCases(JSON.stringify(raw), 'json')
    expect(r.problems).toEqual([
      'pair RUS-ETH, rift, 1975–1991: confidence must be high, medium or low',
    ])
  })

  it('names the years no span covers', () => {
    const { text } = editRow('pair,RUS-ETH,threat,1974,1976', () => null)
    expect(readUserCases(text, 'csv').problems).toEqual([
      'pair RUS-ETH, threat, 1974–1976: no span covers these years',
    ])
  })

  it('names the row of a span that cites an unknown source', () => {
    const { text, row } = editRow('state,ETH,regime,1984,1989', (l) => l.replace(',ET1,', ',ET9,'))
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (state ETH, regime, 1984–1989): unknown source id "ET9"`,
    ])
  })

  it('names the row of a value the field does not take', () => {
    const { text, row } = editRow('pair,RUS-ETH,essay,1949,1976', (l) =>
      l.replace(',no,high,', ',maybe,high,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair RUS-ETH, essay, 1949–1976): value must be yes or no`,
    ])
    const threat = editRow('pair,RUS-ETH,threat,1992,2026', (l) => l.replace(',no,', ',never,'))
    expect(readUserCases(threat.text, 'csv').problems).toEqual([
      `Row ${threat.row} (pair RUS-ETH, threat, 1992–2026): value must be yes, no or contested`,
    ])
  })

  it('asks for the adversary of a shared threat', () => {
    const { text, row } = editRow('pair,RUS-ETH,threat,1977,1978', (l) =>
      l.replace(',Somalia,', ',,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair RUS-ETH, threat, 1977–1978): a "yes" threat must name the common adversary`,
    ])
  })

  it('says a rationale that is too short is too short, with its row', () => {
    const { text, row } = editRow('pair,RUS-ETH,treaty_defense', (l) =>
      l.replace(/,"The 1978 treaty asks[^"]*",/, ',None.,'),
    )
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair RUS-ETH, treaty_defense, 1949–2026): rationale is too short to explain the coding`,
    ])
  })

  it('refuses a year that is no year, and a column the file does not know', () => {
    const { text, row } = editRow('state,ETH,regime,1984', (l) => l.replace(',1984,', ',1984a,'))
    expect(readUserCases(text, 'csv').problems[0]).toMatch(
      new RegExp(`^Row ${row} \\(state ETH, regime.*\\): from and to must be years`),
    )
    const extra = CSV.replace('record,id,', 'record,id,colour,')
    expect(readUserCases(extra, 'csv').problems[0]).toMatch(/^Row 1: unknown column "colour"/)
  })

  it('refuses a column twice, or a column with no name that rows fill, rather than lose it', () => {
    expect(readUserCases(CSV.replace('record,id,', 'record,id,id,'), 'csv').problems).toContain(
      'Row 1: the column "id" is there twice',
    )
    const unnamed = CSV.replace('record,id,', 'record,,id,').replace(
      'state,ETH,short,',
      'state,kept?,ETH,short,',
    )
    expect(readUserCases(unnamed, 'csv').problems).toEqual([
      'Row 1: column 2 has no name, but rows below fill it',
    ])
  })

  it('refuses a cell that would be lost (a url on a span row)', () => {
    const { text, row } = editRow('pair,RUS-ETH,essay', (l) => `${l}https://example.org/`)
    expect(readUserCases(text, 'csv').problems).toEqual([
      `Row ${row} (pair RUS-ETH, essay, 1949–1976): url is not used in a pair essay row, so it would be lost: leave it empty`,
    ])
  })

  it('refuses a pair with a state nobody defined', () => {
    const text = CSV.replaceAll('RUS-ETH', 'RUS-XYZ')
    expect(readUserCases(text, 'csv').problems).toContainEqual(
      expect.stringMatching(/^Row \d+ \(pair RUS-XYZ\): unknown state XYZ$/),
    )
  })
})

describe('the built-in history', () => {
  const withState = (id: string) =>
    CSV.replaceAll(',ETH,', `,${id},`).replaceAll('RUS-ETH', `RUS-${id}`)

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
    const text = CSV.replaceAll('ET1', 'S68')
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
      name: 'Ethiopia',
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
      `pair RUS-ETH: has ${78 * 3 + 5 + 1 + 4 + 4} spans and names, more than the ${LIMITS.caseSpans} one case may hold`,
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
