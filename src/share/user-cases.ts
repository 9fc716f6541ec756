import { DATASET } from '@/data'
import { crossCheck, DyadSchema, SourceSchema, StateSchema } from '@/data/schema'
import { text as write, type KeyOf } from '@/i18n/catalogue'
import type { Params } from '@/i18n/format'
import { csvField, parseCsv } from '@/lib/csv'
import { z } from '@/lib/zod'
import { LIMITS } from '@/model/limits'
import { DYAD_FIELDS, type Dataset } from '@/model/types'
import type { UserCases } from '@/model/user-cases'
import { userCasesWords } from './user-cases.en'
import { inLanguage } from './zod-language'

/*
 * "Your own cases": a state or a pair a user adds to the built-in history, in a CSV or JSON file
 * (docs/formats.md, "Your own cases"). A case is coded exactly like the built-in data and checked
 * by the same schema (`@/data/schema`): the same vocabularies, one span list per field covering
 * 1949–2026 once, a confidence, sources and a one-line rationale per span. It may add states and
 * pairs (a pair may join a new state with a built-in one), never redefine a built-in id. Every
 * problem names the row (in a CSV), the state or pair, the field and the years. Reading never
 * throws, and a file is taken whole or not at all.
 */

export type { UserCases } from '@/model/user-cases'

/** A problem's words in the language in use when it is found; rows, years and counts as written. */
const t = (key: KeyOf<typeof userCasesWords>, params?: Params) => write(userCasesWords, key, params)

export const CASES_FORMAT = 'alliance-counterfactual-explorer/cases'
export const CASES_VERSION = 1

/** The CSV's columns, in the order the template and the writer use. */
export const CASE_COLUMNS = [
  'record',
  'id',
  'field',
  'from',
  'to',
  'value',
  'confidence',
  'sources',
  'rationale',
  'adversary',
  'contested',
  'short',
  'url',
] as const
type Column = (typeof CASE_COLUMNS)[number]

const spansOf = (r: Record<string, unknown>, fields: readonly string[]) =>
  fields.reduce((n, f) => n + (Array.isArray(r[f]) ? (r[f] as unknown[]).length : 0), 0)

/**
 * A user's cases, as saved in a scenario file and in the JSON template (with `format` and
 * `version` there). States, pairs and sources have the built-in schema; the sizes are capped by
 * LIMITS. Cross-record rules (coverage, known sources, no built-in id) are in `checkUserCases`.
 */
export const UserCasesSchema = z
  .object({
    sources: z
      .array(SourceSchema)
      .max(LIMITS.caseSources, {
        error: () => t('max.sources', { max: String(LIMITS.caseSources) }),
      })
      .default([]),
    states: z
      .array(StateSchema)
      .max(LIMITS.caseStates, {
        error: () => t('max.states', { max: String(LIMITS.caseStates) }),
      })
      .default([]),
    dyads: z
      .array(DyadSchema)
      .max(LIMITS.casePairs, { error: () => t('max.pairs', { max: String(LIMITS.casePairs) }) })
      .default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const tooMany = (list: 'states' | 'dyads', i: number, n: number) =>
      ctx.addIssue({
        code: 'custom',
        path: [list, i],
        message: t('too-many-spans', { n: String(n), max: String(LIMITS.caseSpans) }),
      })
    c.states.forEach((s, i) => {
      const n = spansOf(s, ['names', 'regime'])
      if (n > LIMITS.caseSpans) tooMany('states', i, n)
    })
    c.dyads.forEach((d, i) => {
      const n = spansOf(d, DYAD_FIELDS)
      if (n > LIMITS.caseSpans) tooMany('dyads', i, n)
    })
  })

/** The schema's output is the store's type, no cast between them. */
export const asUserCases = (x: z.output<typeof UserCasesSchema>): UserCases => x

export interface CaseReading {
  /** The cases, checked whole; null when anything is wrong. */
  readonly cases: UserCases | null
  /** What is wrong, one line each, naming the row, the state or pair, the field and the years. */
  readonly problems: readonly string[]
}

/** Most problems listed; the rest are counted. */
const MAX_PROBLEMS = 30

const years = (from: unknown, to: unknown) =>
  typeof from === 'number' && typeof to === 'number'
    ? from === to
      ? `${from}`
      : `${from}–${to}`
    : ''

const at = (obj: unknown, key: PropertyKey): unknown =>
  obj !== null && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined

const RECORD_WORD = {
  sources: 'record.source',
  states: 'record.state',
  dyads: 'record.pair',
} as const
/** "pair VNM-CUB": a record and its id, in the language in use. */
const recordOf = (list: keyof typeof RECORD_WORD, id: string) => `${t(RECORD_WORD[list])} ${id}`

/** "Row 4 (pair VNM-CUB, threat, 1961–1975)" or, with no row, "pair VNM-CUB, threat, 1961–1975". */
function place(row: number | undefined, parts: readonly string[]) {
  const what = parts.filter(Boolean).join(', ')
  if (row === undefined) return what || t('the-cases')
  return what ? t('row.what', { row: String(row), what }) : t('row', { row: String(row) })
}

/** A zod issue in plain words, with the column it is about. */
function say(issue: z.core.$ZodIssue, column: string): string {
  if (issue.code === 'unrecognized_keys')
    return t('unknown-fields', { n: issue.keys.length, fields: issue.keys.join(', ') })
  let text = issue.message
  if (issue.code === 'invalid_type' && issue.input === undefined) text = t('missing')
  else if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1)
    text = t('empty')
  if (!column || text.startsWith(column)) return text
  return `${column} ${text}`
}

/** The CSV column a JSON key is written in, where they differ. */
const CSV_COLUMN: Readonly<Record<string, string>> = { title: 'value', name: 'value' }

function describeIssue(raw: unknown, issue: z.core.$ZodIssue, rows?: RowIndex): string {
  const [list, index, field, spanIndex, ...rest] = issue.path
  if ((list !== 'sources' && list !== 'states' && list !== 'dyads') || typeof index !== 'number') {
    const where = issue.path.join('.')
    return t('problem', { where: where || t('the-cases'), problem: say(issue, '') })
  }
  const record = at(at(raw, list), index)
  const id = at(record, 'id')
  const who = recordOf(list, typeof id === 'string' && id ? id : `#${index + 1}`)
  let target: unknown = record
  let column = ''
  let when = ''
  let fieldWord = ''
  const spans = field === undefined ? undefined : at(record, field)
  if (field !== undefined && typeof spanIndex === 'number' && Array.isArray(spans)) {
    target = spans[spanIndex]
    fieldWord = String(field)
    when = years(at(target, 'from'), at(target, 'to'))
    column = rest.filter((p) => typeof p !== 'number').join('.')
  } else if (field !== undefined) {
    column = String(field)
  }
  if (rows) column = CSV_COLUMN[column] ?? column
  const row = rows?.get(target as object) ?? rows?.get(record as object)
  const head = rows
    ? place(row, [who, fieldWord, when])
    : [who, fieldWord, when].filter(Boolean).join(', ')
  return t('problem', { where: head, problem: say(issue, column) })
}

/** Row numbers of the objects a CSV was read into (spans, names, records, sources). */
type RowIndex = Map<object, number>

const CROSS = /^(state|dyad|source) ([^,:]+)(?:, (\w+))?(?:, (\d+)(?:–(\d+))?)?: ([\s\S]*)$/

/** A problem of the dataset's cross-record check, with the row of the span it names. */
function describeCross(raw: unknown, problem: string, rows?: RowIndex): string {
  const m = CROSS.exec(problem)
  if (!m)
    return problem.replace(/^(state|dyad|source) /, (_, kind: string) =>
      kind === 'state'
        ? `${t('record.state')} `
        : kind === 'dyad'
          ? `${t('record.pair')} `
          : `${t('record.source')} `,
    )
  const [, kind, id, field, from, to, text] = m
  const list = kind === 'state' ? 'states' : kind === 'dyad' ? 'dyads' : 'sources'
  const who = recordOf(list, id!)
  const when = from === undefined ? '' : years(Number(from), Number(to ?? from))
  if (!rows)
    return t('problem', { where: [who, field, when].filter(Boolean).join(', '), problem: text! })
  const all = at(raw, list)
  const record = Array.isArray(all) ? all.find((r) => at(r, 'id') === id) : undefined
  const spans = field ? at(record, field) : undefined
  const span = Array.isArray(spans)
    ? spans.find((s) => at(s, 'from') === Number(from) && at(s, 'to') === Number(to ?? from))
    : undefined
  // A gap has no row of its own; a problem of the whole record is put at its first row.
  const row = field ? rows.get(span as object) : rows.get(record as object)
  return t('problem', { where: place(row, [who, field ?? '', when]), problem: text! })
}

/** Problems of cases that name a built-in state, pair or source: the history never changes. */
function builtInProblems(c: UserCases, builtIn: Dataset, raw: unknown, rows?: RowIndex) {
  const problems: string[] = []
  const head = (list: 'sources' | 'states' | 'dyads', i: number, id: string) =>
    rows
      ? place(rows.get(at(at(raw, list), i) as object), [recordOf(list, id)])
      : recordOf(list, id)
  const sources = new Set(builtIn.sources.map((s) => s.id))
  c.sources.forEach((s, i) => {
    if (sources.has(s.id))
      problems.push(t('built-in.source', { where: head('sources', i, s.id), id: s.id }))
  })
  const states = new Set(builtIn.states.map((s) => s.id))
  c.states.forEach((s, i) => {
    if (states.has(s.id))
      problems.push(t('built-in.state', { where: head('states', i, s.id), id: s.id }))
  })
  const pairs = new Map(
    builtIn.dyads.flatMap((d) => [[d.id, d.id] as const, [`${d.b}-${d.a}`, d.id] as const]),
  )
  c.dyads.forEach((d, i) => {
    const known = pairs.get(d.id)
    if (known)
      problems.push(
        known === d.id
          ? t('built-in.pair', { where: head('dyads', i, d.id) })
          : t('built-in.pair-as', { where: head('dyads', i, d.id), known }),
      )
  })
  return problems
}

function finish(problems: readonly string[]): string[] {
  const unique = [...new Set(problems)]
  if (unique.length <= MAX_PROBLEMS) return unique
  return [...unique.slice(0, MAX_PROBLEMS), t('more', { n: String(unique.length - MAX_PROBLEMS) })]
}

/**
 * Checks cases as a whole: the schema, then that no built-in id is redefined, then the dataset's
 * cross-record rules over the built-in history and the cases together. `rows` (from a CSV) puts
 * row numbers in the messages. Never throws.
 */
export function checkUserCases(
  raw: unknown,
  { builtIn = DATASET, rows }: { builtIn?: Dataset; rows?: RowIndex } = {},
): CaseReading {
  const parsed = UserCasesSchema.safeParse(raw, inLanguage())
  if (!parsed.success)
    return {
      cases: null,
      problems: finish(parsed.error.issues.map((i) => describeIssue(raw, i, rows))),
    }
  const cases = asUserCases(parsed.data)
  const clash = builtInProblems(cases, builtIn, raw, rows)
  if (clash.length > 0) return { cases: null, problems: finish(clash) }
  const cross = crossCheck({
    firstYear: builtIn.firstYear,
    lastYear: builtIn.lastYear,
    sources: [...builtIn.sources, ...cases.sources],
    states: [...builtIn.states, ...cases.states],
    dyads: cases.dyads,
  })
  if (cross.length > 0)
    return { cases: null, problems: finish(cross.map((p) => describeCross(raw, p, rows))) }
  return { cases, problems: [] }
}

/* ---------------------------------------------------------------- CSV ---------------------- */

const FORMULA_START = /^[=+\-@\t\r]/
/** A text cell a spreadsheet would read as a formula gets an apostrophe in front (as in @/lib/csv);
 * a text that itself starts with an apostrophe before such a character gets one more, so reading
 * takes exactly one off and every text comes back as it was written. */
const ESCAPED = /^'['=+\-@\t\r]/
const cell = (v: string | number | undefined) =>
  typeof v === 'string' && (FORMULA_START.test(v) || ESCAPED.test(v))
    ? csvField(`'${v}`)
    : csvField(v)
const unescape = (v: string) => (ESCAPED.test(v) ? v.slice(1) : v)

const BOOLEAN_FIELDS: ReadonlySet<string> = new Set([
  'rift',
  'essay',
  'treaty_any',
  'treaty_defense',
])

type Row = Partial<Record<Column, string | number>>

function valueText(field: string, value: unknown): string {
  if (value === null) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(' ')
  return String(value)
}

interface AnySpan {
  readonly from: number
  readonly to: number
  readonly value: unknown
  readonly confidence: string
  readonly sources: readonly string[]
  readonly rationale: string
  readonly adversary?: string
  readonly contested?: string
}

const spanRow = (record: 'state' | 'pair', id: string, field: string, s: AnySpan): Row => ({
  record,
  id,
  field,
  from: s.from,
  to: s.to,
  value: valueText(field, s.value),
  confidence: s.confidence,
  sources: s.sources.join(' '),
  rationale: s.rationale,
  adversary: s.adversary,
  contested: s.contested,
})

/** The cases as the CSV template lays them out: sources, then states, then pairs. */
export function writeUserCasesCsv(cases: UserCases): string {
  const rows: Row[] = []
  for (const s of cases.sources)
    rows.push({ record: 'source', id: s.id, field: 'title', value: s.title, url: s.url })
  for (const s of cases.states) {
    rows.push({ record: 'state', id: s.id, field: 'short', value: s.short })
    for (const n of s.names)
      rows.push({
        record: 'state',
        id: s.id,
        field: 'name',
        from: n.from,
        to: n.to,
        value: n.name,
        short: n.short,
      })
    for (const r of s.regime) rows.push(spanRow('state', s.id, 'regime', r))
  }
  for (const d of cases.dyads)
    for (const field of DYAD_FIELDS)
      for (const s of d[field] as readonly AnySpan[]) rows.push(spanRow('pair', d.id, field, s))
  const lines = [CASE_COLUMNS.join(',')]
  for (const row of rows) lines.push(CASE_COLUMNS.map((c) => cell(row[c])).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** Which columns each kind of row may fill (record, id and field always). */
const ROW_COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  'source title': ['value', 'url'],
  'state short': ['value'],
  'state name': ['from', 'to', 'value', 'short'],
  span: ['from', 'to', 'value', 'confidence', 'sources', 'rationale', 'adversary', 'contested'],
}

/** The raw object a CSV stands for (checked afterwards by the schema), its rows, or problems. */
function rawFromCsv(text: string): { raw: unknown; rows: RowIndex; problems: string[] } {
  const table = parseCsv(text.replace(/^\uFEFF/, ''))
  const rows: RowIndex = new Map()
  const problems: string[] = []
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase())
  const known = new Set<string>(CASE_COLUMNS)
  for (const h of header)
    if (h && !known.has(h))
      problems.push(t('csv.unknown-column', { column: h, columns: CASE_COLUMNS.join(', ') }))
  header.forEach((h, i) => {
    if (h && header.indexOf(h) !== i) problems.push(t('csv.column-twice', { column: h }))
    // A column with no name would be skipped, and what is written in it lost.
    if (!h && table.some((row, r) => r > 0 && (row[i] ?? '').trim() !== ''))
      problems.push(t('csv.column-no-name', { i: String(i + 1) }))
  })
  for (const need of ['record', 'id', 'field'] as const)
    if (!header.includes(need)) problems.push(t('csv.column-missing', { column: need }))
  if (problems.length > 0) return { raw: null, rows, problems }
  const sources = new Map<string, Record<string, unknown>>()
  const states = new Map<string, Record<string, unknown>>()
  const pairs = new Map<string, Record<string, unknown>>()
  for (let r = 1; r < table.length; r++) {
    const cells = table[r]!
    const n = r + 1
    if (cells.every((c) => c.trim() === '')) continue
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push(t('csv.more-cells', { row: String(n) }))
      continue
    }
    const get = (c: Column) => {
      const i = header.indexOf(c)
      return i < 0 ? '' : unescape(cells[i] ?? '')
    }
    const record = get('record').trim().toLowerCase()
    const id = get('id').trim()
    const field = get('field').trim().toLowerCase()
    const word =
      record === 'pair'
        ? t('record.pair')
        : record === 'state'
          ? t('record.state')
          : record === 'source'
            ? t('record.source')
            : t('record.other')
    const who = `${word} ${id || t('no-id')}`
    const fail = (what: string) =>
      problems.push(
        t('problem', {
          where: place(n, [who, field, years(numberOr(get('from')), numberOr(get('to')))]),
          problem: what,
        }),
      )
    if (!id) {
      fail(t('csv.id-empty'))
      continue
    }
    let kind: string
    if (record === 'source') kind = field === 'title' ? 'source title' : ''
    else if (record === 'state')
      kind =
        field === 'short'
          ? 'state short'
          : field === 'name'
            ? 'state name'
            : field === 'regime'
              ? 'span'
              : ''
    else if (record === 'pair')
      kind = (DYAD_FIELDS as readonly string[]).includes(field) ? 'span' : ''
    else {
      fail(t('csv.record'))
      continue
    }
    if (!kind) {
      fail(
        record === 'source'
          ? t('csv.field-source')
          : record === 'state'
            ? t('csv.field-state')
            : t('csv.field-pair', { fields: DYAD_FIELDS.join(', ') }),
      )
      continue
    }
    const allowed = ROW_COLUMNS[kind]!
    const stray = CASE_COLUMNS.filter(
      (c) => c !== 'record' && c !== 'id' && c !== 'field' && !allowed.includes(c) && get(c).trim(),
    )
    if (stray.length > 0) {
      fail(t('csv.stray', { n: stray.length, columns: stray.join(', '), record, field }))
      continue
    }
    let from = 0
    let to = 0
    if (allowed.includes('from')) {
      const f = numberOr(get('from'))
      const l = numberOr(get('to'))
      if (typeof f !== 'number' || typeof l !== 'number') {
        fail(t('csv.years'))
        continue
      }
      from = f
      to = l
    }
    const text = (c: Column) => get(c)
    const optional = (c: Column, key: string = c) => {
      const v = text(c)
      return v.trim() ? { [key]: v } : {}
    }
    if (kind === 'source title') {
      if (sources.has(id)) {
        fail(t('csv.source-twice'))
        continue
      }
      const s = { id, title: text('value'), ...optional('url') }
      sources.set(id, s)
      rows.set(s, n)
      continue
    }
    const list = record === 'state' ? states : pairs
    let rec = list.get(id)
    if (!rec) {
      rec =
        record === 'state'
          ? { id, names: [], regime: [] }
          : {
              id,
              ...(/^[^-]+-[^-]+$/.test(id) ? { a: id.split('-')[0], b: id.split('-')[1] } : {}),
              ...Object.fromEntries(DYAD_FIELDS.map((f) => [f, []])),
            }
      list.set(id, rec)
      rows.set(rec, n)
    }
    if (kind === 'state short') {
      if ('short' in rec) {
        fail(t('csv.short-twice'))
        continue
      }
      rec.short = text('value')
      continue
    }
    if (kind === 'state name') {
      const name = { from, to, name: text('value'), ...optional('short') }
      ;(rec.names as unknown[]).push(name)
      rows.set(name, n)
      continue
    }
    const raw = text('value').trim()
    let value: unknown = raw
    if (BOOLEAN_FIELDS.has(field)) {
      const v = raw.toLowerCase()
      if (v !== 'yes' && v !== 'no') {
        fail(t('csv.yes-no'))
        continue
      }
      value = v === 'yes'
    } else if (field === 'cow') value = raw === '' ? null : raw
    else if (field === 'atop')
      value =
        raw === '' ? null : raw.toLowerCase() === 'none' ? [] : raw.split(/[\s,+]+/).filter(Boolean)
    const span = {
      from,
      to,
      value,
      confidence: text('confidence').trim(),
      sources: text('sources').split(/\s+/).filter(Boolean),
      rationale: text('rationale'),
      ...optional('adversary'),
      ...optional('contested'),
    }
    ;(rec[field] as unknown[]).push(span)
    rows.set(span, n)
  }
  return {
    raw: {
      sources: [...sources.values()],
      states: [...states.values()],
      dyads: [...pairs.values()],
    },
    rows,
    problems,
  }
}

function numberOr(text: string): number | string {
  const t = text.trim()
  return /^-?\d{1,6}$/.test(t) ? Number(t) : t
}

/* ---------------------------------------------------------------- JSON --------------------- */

/** The cases as the JSON template lays them out. */
export function writeUserCasesJson(cases: UserCases): string {
  return (
    JSON.stringify(
      {
        format: CASES_FORMAT,
        version: CASES_VERSION,
        sources: cases.sources,
        states: cases.states,
        dyads: cases.dyads,
      },
      null,
      2,
    ) + '\n'
  )
}

function rawFromJson(text: string): { raw: unknown; problems: string[] } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { raw: null, problems: [t('json.not-json', { error: (e as Error).message })] }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { raw: null, problems: [t('json.no-object')] }
  const { format, version, ...rest } = data as Record<string, unknown>
  if (format !== CASES_FORMAT) {
    const scenario = typeof format === 'string' && format.endsWith('/scenario')
    return {
      raw: null,
      problems: [t(scenario ? 'json.format-scenario' : 'json.format', { format: CASES_FORMAT })],
    }
  }
  if (version !== CASES_VERSION) {
    const newer = typeof version === 'number' && version > CASES_VERSION
    return {
      raw: null,
      problems: [
        newer
          ? t('json.newer', { version: String(version), current: String(CASES_VERSION) })
          : t('json.version', { current: String(CASES_VERSION) }),
      ],
    }
  }
  return { raw: rest, problems: [] }
}

/**
 * Reads a case file opened or pasted by a user: the whole of it, or nothing. Never throws. The
 * text is refused unread past LIMITS.caseText characters.
 */
export function readUserCases(
  text: string,
  kind: 'csv' | 'json',
  builtIn: Dataset = DATASET,
): CaseReading {
  try {
    if (text.length > LIMITS.caseText)
      return {
        cases: null,
        problems: [t('file.too-long', { n: text.length, max: LIMITS.caseText })],
      }
    if (text.trim() === '') return { cases: null, problems: [t('file.empty')] }
    const read = kind === 'json' ? { ...rawFromJson(text), rows: undefined } : rawFromCsv(text)
    if (read.problems.length > 0) return { cases: null, problems: finish(read.problems) }
    const checked = checkUserCases(read.raw, { builtIn, rows: read.rows })
    if (checked.cases && checked.cases.states.length + checked.cases.dyads.length === 0)
      return { cases: null, problems: [t('file.nothing')] }
    return checked
  } catch (e) {
    // Nothing above should throw; if it ever does, the file is refused, never half-read.
    return { cases: null, problems: [t('file.unreadable', { error: String(e) })] }
  }
}

/** Which kind a file's name or pasted text looks like: JSON if it starts with "{". */
export const caseKindOf = (name: string, text: string): 'csv' | 'json' =>
  /\.json$/i.test(name) || (!/\.csv$/i.test(name) && text.trimStart().startsWith('{'))
    ? 'json'
    : 'csv'
