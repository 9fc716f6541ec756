import { text, type KeyOf } from '@/i18n/catalogue'
import type { Params } from '@/i18n/format'
import { z } from '@/lib/zod'
import type { Dataset } from '@/model/types'
import { deepFreeze } from '@/lib/freeze'
import { DYAD_FIELDS } from '@/model/types'
import { dyadLifespan, stateLifespan } from '@/model/lifespan'
import { ATOP_OBLIGATION, CASE_SET, CONFIDENCE, COW_TYPE, REGIME, THREAT } from '@/model/vocabulary'
import { schemaWords } from './schema.en'
import { sourceUrlProblem } from './source-urls'

/*
 * The dataset's contract, checked once at load. Field types come from zod; the rules that span
 * several records (every year covered exactly once, known sources and states) are checked in
 * `crossCheck`. Every problem is reported as "<state or dyad>, <field>, <years>: <what is wrong>".
 */

const Year = z.number().int()

/**
 * A problem in the language in use when it is found (a user's cases are checked against these
 * schemas): the schemas' messages are functions, called at each parse.
 */
const say = (key: KeyOf<typeof schemaWords>, params?: Params) => text(schemaWords, key, params)
const sayer = (key: KeyOf<typeof schemaWords>) => ({ error: () => say(key) })

/** "must be a, b or c": the words of an enum's problem, from its own values. */
const mustBe = (values: readonly string[]) =>
  values.length > 1
    ? say('must-be.many', { head: values.slice(0, -1).join(', '), last: values.at(-1)! })
    : say('must-be.one', { value: values[0]! })
const oneOf = <const V extends string>(values: readonly V[]) =>
  z.enum(values as readonly [V, ...V[]], { error: () => mustBe(values) })

const Confidence = oneOf(CONFIDENCE.values)
const Rationale = z
  .string()
  .trim()
  .min(12, sayer('rationale.short'))
  .max(200, sayer('rationale.long'))
  .refine((s) => !/[\r\n]/.test(s), sayer('rationale.lines'))

function spanOf<T extends z.ZodType>(value: T) {
  return z
    .object({
      from: Year,
      to: Year,
      value,
      confidence: Confidence,
      sources: z.array(z.string().min(1)).min(1, sayer('sources.none')),
      rationale: Rationale,
      contested: z.string().trim().min(1).optional(),
      adversary: z.string().trim().min(1).optional(),
    })
    .strict()
}

const Regime = oneOf(REGIME.values)
const Threat = oneOf(THREAT.values)
const CowType = oneOf(COW_TYPE.values)
const AtopObligation = oneOf(ATOP_OBLIGATION.values)
const Code = z.string().regex(/^[A-Z]{3}$/, sayer('code.bad'))

const ShortName = z.string().trim().min(1).max(24)

/** One state: also the schema of a state a user adds (see share/user-cases). */
export const StateSchema = z
  .object({
    id: Code,
    short: ShortName,
    names: z
      .array(
        z
          .object({
            from: Year,
            to: Year,
            name: z.string().trim().min(1),
            short: ShortName.optional(),
          })
          .strict(),
      )
      .min(1),
    lifespan: spanOf(z.literal('existed')).omit({ value: true, adversary: true }).optional(),
    regime: z.array(spanOf(Regime)).min(1),
  })
  .strict()

/** One pair: also the schema of a pair a user adds. */
export const DyadSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{3}-[A-Z]{3}$/, sayer('pair-id.bad')),
    a: Code,
    b: Code,
    caseSet: oneOf(CASE_SET.values).optional(),
    threat: z.array(spanOf(Threat)).min(1),
    rift: z.array(spanOf(z.boolean())).min(1),
    essay: z.array(spanOf(z.boolean())).min(1),
    treaty_any: z.array(spanOf(z.boolean())).min(1),
    treaty_defense: z.array(spanOf(z.boolean())).min(1),
    cow: z.array(spanOf(CowType.nullable())).min(1),
    atop: z.array(spanOf(z.array(AtopObligation).nullable())).min(1),
  })
  .strict()

/** A cited work: an https link to a trustworthy host, or no link at all (a printed book). */
export const SourceSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().trim().min(1),
    url: z
      .string()
      .superRefine((url, ctx) => {
        const problem = sourceUrlProblem(url)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      })
      .optional(),
  })
  .strict()

const DatasetSchema = z
  .object({
    version: z
      .string()
      .regex(/^\d{4}\.\d{1,2}$/, sayer('version.bad'))
      .optional(),
    firstYear: Year,
    lastYear: Year,
    sources: z.array(SourceSchema).min(1),
    states: z.array(StateSchema).min(1),
    dyads: z.array(DyadSchema).min(1),
  })
  .strict()

interface Spanlike {
  from: number
  to: number
}

const years = (s: Spanlike) => (s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`)

/** Checks that spans cover first..last once each, in order (the years the record existed). */
function coverageProblems(
  spans: readonly Spanlike[],
  first: number,
  last: number,
  existed: 'within' | 'within.state' | 'within.pair' = 'within',
): string[] {
  const problems: string[] = []
  let expected = first
  for (const s of spans) {
    if (s.from > s.to) problems.push(say('span.backwards', { years: years(s) }))
    else if (s.from > expected) {
      const gap = { from: expected, to: s.from - 1 }
      problems.push(say(gap.from === gap.to ? 'gap.year' : 'gap.years', { years: years(gap) }))
    } else if (s.from < expected) {
      problems.push(
        say('overlap', { years: years({ from: s.from, to: Math.min(s.to, expected - 1) }) }),
      )
    }
    expected = Math.max(expected, s.to + 1)
  }
  if (expected <= last) {
    const gap = { from: expected, to: last }
    problems.push(say(gap.from === gap.to ? 'gap.year' : 'gap.years', { years: years(gap) }))
  }
  if (spans.some((s) => s.from < first || s.to > last)) {
    problems.push(say(existed, { span: years({ from: first, to: last }) }))
  }
  return problems
}

/** Placeholders that name no adversary at all. */
const UNNAMED = /^(unspecified|unknown|unnamed|none|n\/?a|tbd|\?+)$/i

/**
 * The rules that span records: coverage, references, uniqueness. Each problem reads
 * "<state|dyad|source> <id>[, <field>][, <years>]: <what is wrong>" (user cases rely on that form).
 */
export function crossCheck(d: Dataset): string[] {
  const problems: string[] = []
  const { firstYear: first, lastYear: last } = d
  if (last < first)
    problems.push(`dataset: ${say('dataset.years', { last: String(last), first: String(first) })}`)
  const sourceIds = new Set<string>()
  for (const s of d.sources) {
    if (sourceIds.has(s.id)) problems.push(`source ${s.id}: ${say('twice')}`)
    sourceIds.add(s.id)
  }
  const checkSources = (
    who: string,
    field: string,
    spans: readonly (Spanlike & { readonly sources: readonly string[] })[],
  ) => {
    for (const s of spans) {
      for (const id of s.sources) {
        if (!sourceIds.has(id))
          problems.push(`${who}, ${field}, ${years(s)}: ${say('source.unknown', { id })}`)
      }
    }
  }
  const lifespans = new Map<string, { from: number; to: number }>()
  for (const s of d.states) {
    const who = `state ${s.id}`
    if (lifespans.has(s.id)) problems.push(`${who}: ${say('twice')}`)
    const life = stateLifespan(s, d)
    lifespans.set(s.id, life)
    if (s.lifespan && (s.lifespan.from > s.lifespan.to || life.from > life.to))
      problems.push(
        `${who}, lifespan, ${years(s.lifespan)}: ${say('lifespan.bad', { first: String(first), last: String(last) })}`,
      )
    const existed = s.lifespan ? 'within.state' : 'within'
    for (const p of coverageProblems(s.regime, life.from, life.to, existed))
      problems.push(`${who}, regime, ${p}`)
    checkSources(who, 'regime', s.regime)
    if (s.lifespan) checkSources(who, 'lifespan', [s.lifespan])
    for (let y = life.from; y <= life.to; y++) {
      if (!s.names.some((n) => n.from <= y && y <= n.to)) {
        problems.push(`${who}, names, ${y}: ${say('names.gap')}`)
        break
      }
    }
  }
  const dyadIds = new Set<string>()
  for (const dy of d.dyads) {
    const who = `dyad ${dy.id}`
    if (dyadIds.has(dy.id)) problems.push(`${who}: ${say('twice')}`)
    dyadIds.add(dy.id)
    if (dy.id !== `${dy.a}-${dy.b}`)
      problems.push(`${who}: ${say('dyad.id', { id: `${dy.a}-${dy.b}` })}`)
    if (dy.a === dy.b) problems.push(`${who}: ${say('dyad.self')}`)
    for (const side of [dy.a, dy.b]) {
      if (!lifespans.has(side)) problems.push(`${who}: ${say('dyad.unknown-state', { id: side })}`)
    }
    const lifeA = lifespans.get(dy.a)
    const lifeB = lifespans.get(dy.b)
    const life = lifeA && lifeB ? dyadLifespan(lifeA, lifeB) : { from: first, to: last }
    const existed = life.from > first || life.to < last ? 'within.pair' : 'within'
    if (life.from > life.to) {
      problems.push(`${who}: ${say('dyad.never')}`)
      continue
    }
    for (const field of DYAD_FIELDS) {
      const spans = dy[field]
      for (const p of coverageProblems(spans, life.from, life.to, existed))
        problems.push(`${who}, ${field}, ${p}`)
      checkSources(who, field, spans)
    }
    for (const s of dy.threat) {
      if (s.value !== 'no' && (!s.adversary || UNNAMED.test(s.adversary))) {
        problems.push(`${who}, threat, ${years(s)}: ${say('threat.adversary', { value: s.value })}`)
      }
    }
  }
  return problems
}

/** Names the record, field and years behind a zod issue path. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const at = (obj: unknown, key: PropertyKey): unknown =>
    obj !== null && typeof obj === 'object' ? (obj as Record<PropertyKey, unknown>)[key] : undefined
  const [list, index, field, spanIndex, ...rest] = path
  if (list === 'sources' && index !== undefined) {
    const id = at(at(at(raw, list), index), 'id')
    const who = `source ${typeof id === 'string' ? id : `#${String(index)}`}`
    return field === undefined ? who : `${who}, ${String(field)}`
  }
  if ((list !== 'states' && list !== 'dyads') || index === undefined)
    return path.join('.') || 'dataset'
  const record = at(at(raw, list), index)
  const id = at(record, 'id')
  const who = `${list === 'states' ? 'state' : 'dyad'} ${typeof id === 'string' ? id : `#${String(index)}`}`
  if (field === undefined) return who
  const span = spanIndex === undefined ? undefined : at(at(record, field), spanIndex)
  const from = at(span, 'from')
  const to = at(span, 'to')
  const when = typeof from === 'number' && typeof to === 'number' ? `, ${years({ from, to })}` : ''
  const detail = rest.length > 0 ? ` (${rest.join('.')})` : ''
  return `${who}, ${String(field)}${when}${detail}`
}

export class DatasetError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The dataset is invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'DatasetError'
  }
}

/** Validates raw data and returns it deep-frozen; throws DatasetError naming every problem. */
export function loadDataset(raw: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(raw)
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((i) => `${describePath(raw, i.path)}: ${i.message}`),
    )
  }
  const problems = crossCheck(parsed.data)
  if (problems.length > 0) throw new DatasetError(problems)
  const dataset: Dataset = parsed.data
  return deepFreeze(dataset)
}
