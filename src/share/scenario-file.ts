import { DATA_VERSION } from '@/data/version'
import { z } from '@/lib/zod'
import { changesToScenario, scenarioToChanges } from '@/model/changes'
import type { CompiledDataset } from '@/model/compile'
import {
  CONTESTED_READINGS,
  DEFAULT_SETTINGS,
  IDEOLOGY_READINGS,
  MAX_LAG,
  OUTCOMES,
  RULES,
} from '@/model/evaluate'
import { LIMITS } from '@/model/limits'
import type { PresetChange } from '@/model/presets'
import { HISTORY_SERIES } from '@/model/types'
import type { SavedLogEntry, Session } from './session'

/*
 * Scenario files ("Save scenario" / "Open scenario") and the autosave share one JSON format:
 *   { format, version, dataVersion, savedAt, settings, changes: [{ layer, id, from, to, value }],
 *     view, log }
 * dataVersion is the version of the data it was made on; a file without one was made on the data
 * from before versions were recorded. It never stops a file from opening.
 * A file is accepted whole or rejected whole: any problem rejects it, with a message that names
 * the field and, where there is one, the state or pair and the years.
 */

export const FILE_FORMAT = 'alliance-counterfactual-explorer/scenario'
export const FILE_VERSION = 1

/** The longest scenario file or autosave read at all; anything longer is refused at once, unread. */
export const MAX_FILE_CHARS = 5_000_000

const Year = z.number().int()

const Change = z.discriminatedUnion('layer', [
  z
    .object({
      layer: z.literal('regime'),
      id: z.string(),
      from: Year,
      to: Year,
      value: z.enum(['communist', 'non-communist']),
    })
    .strict(),
  z
    .object({
      layer: z.literal('threat'),
      id: z.string(),
      from: Year,
      to: Year,
      value: z.enum(['yes', 'no', 'contested']),
    })
    .strict(),
  z
    .object({ layer: z.literal('rift'), id: z.string(), from: Year, to: Year, value: z.boolean() })
    .strict(),
])

const Settings = z
  .object({
    rule: z.enum(RULES),
    lag: z.number().int().min(0).max(MAX_LAG),
    ideology: z.enum(IDEOLOGY_READINGS),
    contestedThreat: z.enum(CONTESTED_READINGS),
    history: z.enum(HISTORY_SERIES),
  })
  .strict()

const View = z
  .object({
    yearFrom: Year,
    yearTo: Year,
    hiddenDyads: z.array(z.string()).max(LIMITS.hiddenPairs),
    focus: z.object({ dyad: z.string(), year: Year }).strict().nullable(),
    table: z
      .object({
        dyad: z.string().nullable(),
        outcomes: z.array(z.enum(OUTCOMES)).max(OUTCOMES.length),
        divergentOnly: z.boolean(),
        search: z.string().max(LIMITS.search),
      })
      .strict(),
  })
  .strict()

const LogEntry = z
  .object({
    text: z.string().min(1).max(LIMITS.logText),
    rationale: z.string().max(LIMITS.rationale).optional(),
  })
  .strict()

/*
 * An undo step is saved either whole ({ changes, settings, logLength }, as autosaves before deltas
 * were written) or as the difference from its neighbour nearer the present ({ add, remove,
 * settings, logLength }): past[n-1] and future[0] differ from the file's own changes, past[i] from
 * past[i+1], future[i] from future[i-1]. A step of 200 keeps only what that step changed.
 */
const FullStep = z
  .object({ changes: z.array(Change), settings: Settings, logLength: z.number().int().min(0) })
  .strict()
const DeltaStep = z
  .object({
    add: z.array(Change).max(100_000).default([]),
    remove: z.array(Change).max(100_000).default([]),
    settings: Settings,
    logLength: z.number().int().min(0),
  })
  .strict()
const UndoStep = z.union([FullStep, DeltaStep])

const ScenarioFile = z
  .object({
    format: z.literal(FILE_FORMAT),
    version: z.literal(FILE_VERSION),
    dataVersion: z.string().max(40).optional(),
    savedAt: z.string().max(40).optional(),
    settings: Settings,
    changes: z.array(Change).max(100_000),
    view: View.optional(),
    log: z.array(LogEntry).max(LIMITS.logEntries).default([]),
    exercises: z
      .record(
        z.string().max(80),
        z
          .object({
            prediction: z.enum(['yes', 'no', 'unsure']).optional(),
            reason: z.string().max(LIMITS.reason).optional(),
            revealed: z.boolean().optional(),
            explanation: z.string().max(LIMITS.explanation).optional(),
          })
          .strict(),
      )
      .optional(),
    undo: z
      .object({
        entries: z.array(LogEntry).max(LIMITS.logEntries),
        past: z.array(UndoStep).max(1000),
        future: z.array(UndoStep).max(1000),
      })
      .strict()
      .optional(),
  })
  .strict()

/** A model state in the undo history: scenario, settings and how much of the log it had. */
export interface SavedStep {
  readonly scenario: Session['scenario']
  readonly settings: Session['settings']
  readonly logLength: number
}

/** The undo history as the autosave keeps it: the longest log, and steps into it. */
export interface SavedUndo {
  readonly entries: readonly SavedLogEntry[]
  readonly past: readonly SavedStep[]
  readonly future: readonly SavedStep[]
}

/** Students' exercise answers by preset id. */
export type SavedAnswers = Readonly<
  Record<
    string,
    {
      readonly prediction?: 'yes' | 'no' | 'unsure'
      readonly reason?: string
      readonly revealed?: boolean
      readonly explanation?: string
    }
  >
>

export interface OpenedFile {
  readonly session: Omit<Session, 'view'> & { readonly view: Session['view'] | null }
  readonly log: readonly SavedLogEntry[]
  readonly undo?: SavedUndo
  readonly answers?: SavedAnswers
  /** The data version it was made on; absent for work made before versions were recorded. */
  readonly dataVersion?: string
}

export type FileResult = { ok: true; file: OpenedFile } | { ok: false; problem: string }

/** The file's JSON text for a session and its log. */
export function writeScenarioFile(
  session: Session,
  log: readonly SavedLogEntry[],
  {
    savedAt = new Date(),
    undo,
    answers,
  }: { savedAt?: Date; undo?: SavedUndo; answers?: SavedAnswers } = {},
): string {
  const file: z.input<typeof ScenarioFile> = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    dataVersion: DATA_VERSION,
    savedAt: savedAt.toISOString(),
    settings: { ...session.settings },
    changes: keyedChanges(session.scenario).list,
    view: {
      yearFrom: session.view.yearFrom,
      yearTo: session.view.yearTo,
      hiddenDyads: [...session.view.hiddenDyads],
      focus: session.view.focus,
      table: { ...session.view.table, outcomes: [...session.view.table.outcomes] },
    },
    log: log.map((e) => ({ ...e })),
  }
  if (answers && Object.keys(answers).length > 0)
    file.exercises = structuredClone(answers) as SavedAnswers
  if (undo && (undo.past.length > 0 || undo.future.length > 0)) {
    const present = session.scenario
    file.undo = {
      entries: undo.entries.map((e) => ({ ...e })),
      past: deltaChain(present, [...undo.past].reverse()).reverse(),
      future: deltaChain(present, undo.future),
    }
  }
  return JSON.stringify(file, null, 2) + '\n'
}

const changeKey = (ch: PresetChange) =>
  `${ch.layer}\u0000${ch.id}\u0000${ch.from}\u0000${ch.to}\u0000${String(ch.value)}`

/*
 * Scenarios in the store never change once made, and the undo history keeps the same objects from
 * one autosave to the next: each is turned into its list and keys once, not on every save.
 */
const keyed = new WeakMap<object, { list: PresetChange[]; keys: Set<string> }>()
function keyedChanges(scenario: Session['scenario']) {
  let k = keyed.get(scenario)
  if (!k) {
    const list = scenarioToChanges(scenario)
    k = { list, keys: new Set(list.map(changeKey)) }
    keyed.set(scenario, k)
  }
  return k
}

/** The steps, from the one nearest the present outwards, each as its difference from the last. */
function deltaChain(present: Session['scenario'], steps: readonly SavedStep[]) {
  let prev = keyedChanges(present)
  return steps.map((st) => {
    const next = keyedChanges(st.scenario)
    const step = {
      add: next === prev ? [] : next.list.filter((ch) => !prev.keys.has(changeKey(ch))),
      remove: next === prev ? [] : prev.list.filter((ch) => !next.keys.has(changeKey(ch))),
      settings: { ...st.settings },
      logLength: st.logLength,
    }
    prev = next
    return step
  })
}

type ParsedStep = z.infer<typeof UndoStep>
type ResolvedStep = z.infer<typeof FullStep>

/** Undoes the delta encoding: each step with its whole list of changes. */
function resolveChain(present: readonly PresetChange[], steps: readonly ParsedStep[]) {
  let prev = present
  return steps.map((st): ResolvedStep => {
    if ('changes' in st) {
      prev = st.changes as PresetChange[]
      return st
    }
    const gone = new Set((st.remove as PresetChange[]).map(changeKey))
    const changes = [
      ...prev.filter((ch) => !gone.has(changeKey(ch))),
      ...(st.add as PresetChange[]),
    ]
    prev = changes
    return { changes, settings: st.settings, logLength: st.logLength }
  })
}

/** Names the place of a zod issue: "changes[2].value (RUS, 1992–2026)". */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
  let where = path || 'the file'
  if (issue.path[0] === 'changes' && typeof issue.path[1] === 'number') {
    const ch = (data as { changes?: unknown[] }).changes?.[issue.path[1]] as
      Record<string, unknown> | undefined
    if (ch && typeof ch.id === 'string') {
      const years =
        typeof ch.from === 'number'
          ? ch.from === ch.to
            ? `, ${ch.from}`
            : `, ${ch.from}–${String(ch.to)}`
          : ''
      where += ` (${ch.id}${years})`
    }
  }
  return `${where}: ${issue.message}`
}

/** Checks what zod cannot: ids that exist, years inside the data, a view that fits. */
type ResolvedFile = Omit<z.infer<typeof ScenarioFile>, 'undo'> & {
  undo?: { entries: z.infer<typeof LogEntry>[]; past: ResolvedStep[]; future: ResolvedStep[] }
}

/** The parsed file with every undo step made whole again. */
function resolveFile(f: z.infer<typeof ScenarioFile>): ResolvedFile {
  if (!f.undo) return { ...f, undo: undefined }
  const present = f.changes as PresetChange[]
  return {
    ...f,
    undo: {
      entries: f.undo.entries,
      past: resolveChain(present, [...f.undo.past].reverse()).reverse(),
      future: resolveChain(present, f.undo.future),
    },
  }
}

function semanticProblem(c: CompiledDataset, f: ResolvedFile): string | null {
  for (const [i, ch] of f.changes.entries()) {
    const isState = ch.layer === 'regime'
    const known = isState ? c.stateIndex.has(ch.id) : c.dyadIndex.has(ch.id)
    const years = ch.from === ch.to ? `${ch.from}` : `${ch.from}–${ch.to}`
    if (!known)
      return `changes[${i}]: unknown ${isState ? 'state' : 'pair'} "${ch.id}" (${ch.layer}, ${years})`
    if (ch.from > ch.to)
      return `changes[${i}] (${ch.id}): the span ${ch.from}–${ch.to} ends before it starts`
    if (ch.from < c.firstYear || ch.to > c.lastYear) {
      return `changes[${i}] (${ch.id}, ${ch.layer}): years ${years} are outside ${c.firstYear}–${c.lastYear}`
    }
  }
  if (f.undo) {
    for (const [name, steps] of [
      ['past', f.undo.past],
      ['future', f.undo.future],
    ] as const) {
      for (const [i, st] of steps.entries()) {
        if (st.logLength > f.undo.entries.length)
          return `undo.${name}[${i}].logLength: longer than the saved log`
        const bad = semanticProblem(c, {
          ...f,
          changes: st.changes,
          view: undefined,
          undo: undefined,
        })
        if (bad) return `undo.${name}[${i}].${bad}`
      }
    }
  }
  const v = f.view
  if (v) {
    if (v.yearFrom > v.yearTo || v.yearFrom < c.firstYear || v.yearTo > c.lastYear) {
      return `view: the year range ${v.yearFrom}–${v.yearTo} is not within ${c.firstYear}–${c.lastYear}`
    }
    for (const d of v.hiddenDyads)
      if (!c.dyadIndex.has(d)) return `view.hiddenDyads: unknown pair "${d}"`
    if (
      v.focus &&
      (!c.dyadIndex.has(v.focus.dyad) || v.focus.year < c.firstYear || v.focus.year > c.lastYear)
    ) {
      return `view.focus: unknown pair or year "${v.focus.dyad}", ${v.focus.year}`
    }
    if (v.table.dyad && !c.dyadIndex.has(v.table.dyad))
      return `view.table.dyad: unknown pair "${v.table.dyad}"`
  }
  return null
}

type Attempt =
  { ok: true; file: OpenedFile } | { ok: false; problem: string; path: readonly PropertyKey[] }

/** The JSON object of a scenario file, or why the text is not one (format and version checked). */
function parseHead(
  text: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
  if (text.length > MAX_FILE_CHARS) {
    return {
      ok: false,
      problem: `the file is ${(text.length / 1e6).toFixed(1)} MB, more than any scenario the explorer saves (${MAX_FILE_CHARS / 1e6} MB at most), so it was not read`,
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, problem: `the file is not JSON (${(e as Error).message})` }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: 'the file is not a scenario: it holds no JSON object' }
  }
  const head = data as Record<string, unknown>
  if (head.format !== FILE_FORMAT) {
    return {
      ok: false,
      problem: `the file is not an explorer scenario (its "format" should be "${FILE_FORMAT}")`,
    }
  }
  if (head.version === undefined) {
    return {
      ok: false,
      problem: `the file has no format version (this version reads version ${FILE_VERSION})`,
    }
  }
  if (!Number.isInteger(head.version) || (head.version as number) < 1) {
    return {
      ok: false,
      problem: `the file's format version (${JSON.stringify(head.version)}) is unknown; this version reads version ${FILE_VERSION}`,
    }
  }
  if (typeof head.version === 'number' && head.version > FILE_VERSION) {
    return {
      ok: false,
      problem: `the file was saved by a newer version of the explorer (version ${head.version}); this version reads version ${FILE_VERSION}`,
    }
  }
  return { ok: true, data: head }
}

/** Where a semantic problem sits, read back from its message: "changes[3] ..." → changes, 3. */
function problemPath(problem: string): PropertyKey[] {
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(problem)
  if (!m) return []
  return m[2] !== undefined ? [m[1]!, Number(m[2])] : [m[1]!]
}

function readData(data: Record<string, unknown>, c: CompiledDataset): Attempt {
  const parsed = ScenarioFile.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    // An unknown key is reported at the object that holds it: name the key itself.
    const path =
      issue.code === 'unrecognized_keys' && issue.path.length === 0 ? [issue.keys[0]!] : issue.path
    return { ok: false, problem: describeIssue(data, issue), path }
  }
  const f = resolveFile(parsed.data)
  const problem = semanticProblem(c, f)
  if (problem) return { ok: false, problem, path: problemPath(problem) }
  const readStep = (st: ResolvedStep): SavedStep => ({
    scenario: changesToScenario(c, st.changes as PresetChange[]),
    settings: st.settings,
    logLength: st.logLength,
  })
  return {
    ok: true,
    file: {
      session: {
        scenario: changesToScenario(c, f.changes as PresetChange[]),
        settings: f.settings,
        view: f.view ?? null,
      },
      log: f.log,
      ...(f.dataVersion !== undefined ? { dataVersion: f.dataVersion } : {}),
      ...(f.exercises ? { answers: f.exercises } : {}),
      ...(f.undo
        ? {
            undo: {
              entries: f.undo.entries,
              past: f.undo.past.map(readStep),
              future: f.undo.future.map(readStep),
            },
          }
        : {}),
    },
  }
}

/** Reads a scenario file's text. Never throws; any problem rejects the whole file. */
export function readScenarioFile(text: string, c: CompiledDataset): FileResult {
  const head = parseHead(text)
  if (!head.ok) return head
  const result = readData(head.data, c)
  return result.ok ? result : { ok: false, problem: result.problem }
}

/** A part of saved work that could not be read and was left out or reset. */
export interface LostPart {
  /** The top-level field: settings, changes, view, log, exercises, undo, ... */
  readonly field: string
  readonly problem: string
}

export type SalvageResult =
  { ok: true; file: OpenedFile; lost: readonly LostPart[] } | { ok: false; problem: string }

/** Bad changes dropped one by one before the whole list is given up. */
const MAX_DROPPED_CHANGES = 20

/**
 * Reads the autosave and keeps all it can: a field that does not read is reset to its default (a
 * bad change is dropped on its own), and each is named in `lost`. Only text that is not a scenario
 * at all (not JSON, another format, a newer version) fails whole. Never throws.
 */
export function salvageScenarioFile(text: string, c: CompiledDataset): SalvageResult {
  const head = parseHead(text)
  if (!head.ok) return head
  const data: Record<string, unknown> = { ...head.data }
  const lost: LostPart[] = []
  let dropped = 0
  for (;;) {
    const result = readData(data, c)
    if (result.ok) return { ok: true, file: result.file, lost }
    const [field, index] = result.path
    if (typeof field !== 'string' || field === 'format' || field === 'version') {
      return { ok: false, problem: result.problem }
    }
    lost.push({ field, problem: result.problem })
    if (
      field === 'changes' &&
      typeof index === 'number' &&
      Array.isArray(data.changes) &&
      dropped < MAX_DROPPED_CHANGES
    ) {
      data.changes = data.changes.filter((_, i) => i !== index)
      dropped++
    } else if (field === 'settings') data.settings = { ...DEFAULT_SETTINGS }
    else if (field === 'changes') data.changes = []
    else if (field === 'log') data.log = []
    else if (field in data) delete data[field]
    else return { ok: false, problem: result.problem }
  }
}
