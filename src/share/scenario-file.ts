import { text, type KeyOf } from '@/i18n/catalogue'
import type { Params } from '@/i18n/format'
import type { z } from '@/lib/zod'
import { changesToScenario } from '@/model/changes'
import { compileDataset, type CompiledDataset } from '@/model/compile'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { setSpan, type Change } from '@/model/scenario'
import { CODING_ITEM_IDS } from '@/data/coding-item-ids'
import type { Codes } from '@/model/coding'
import { isExerciseStep, type LessonPlan, type OpenLesson } from '@/model/lesson'
import {
  builtInOf,
  hasUserCases,
  NO_USER_CASES,
  withUserCases,
  type UserCases,
} from '@/model/user-cases'
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_CHANGES, MAX_FILE_CHARS } from './file-format'
import { ChangeSchema, ScenarioFileSchema, type UndoStepSchema } from './schema'
import { changeKey, type SavedAnswers, type SavedStep, type SavedUndo } from './scenario-write'
import type { SavedLogEntry, Session } from './session'
import { scenarioFileWords } from './scenario-file.en'
import { checkUserCases, UserCasesSchema } from './user-cases'
import { inLanguage } from './zod-language'

/*
 * Scenario files ("Save scenario" / "Open scenario") and the autosave share one JSON format:
 *   { format, version, dataVersion, savedAt, settings, changes: [{ layer, id, from, to, value }],
 *     view, log, exercises, codes, lesson, undo }
 * dataVersion is the version of the data it was made on; a file without one was made on the data
 * from before versions were recorded. It never stops a file from opening.
 * A file is accepted whole or rejected whole: any problem rejects it, with a message that names
 * the field and, where there is one, the state or pair and the years.
 */

export { FILE_FORMAT, FILE_VERSION, MAX_FILE_CHANGES, MAX_FILE_CHARS } from './file-format'
export {
  writeScenarioFile,
  type SavedAnswers,
  type SavedStep,
  type SavedUndo,
} from './scenario-write'

export interface OpenedFile {
  readonly session: Omit<Session, 'view'> & { readonly view: Session['view'] | null }
  readonly log: readonly SavedLogEntry[]
  readonly undo?: SavedUndo
  readonly answers?: SavedAnswers
  /** A student's codes of the disputed cases, by item id. */
  readonly codes?: Codes
  /** The lesson open with the work. */
  readonly lesson?: OpenLesson
  /** The data version it was made on; absent for work made before versions were recorded. */
  readonly dataVersion?: string
  /**
   * The user's own cases the work was made with, checked whole (none: `NO_USER_CASES`). Absent in
   * a file from before user cases: it keeps the cases on screen.
   */
  readonly cases?: UserCases
}

export type FileResult = { ok: true; file: OpenedFile } | { ok: false; problem: string }

type ParsedStep = z.infer<typeof UndoStepSchema>

/** A problem in the language in use; years and counts as the file has them. */
const say = (key: KeyOf<typeof scenarioFileWords>, params?: Params) =>
  text(scenarioFileWords, key, params)

/** Why a change cannot apply to this dataset (an unknown id, years outside it), or null. */
function changeProblem(c: CompiledDataset, ch: Change, where: string): string | null {
  const isState = ch.layer === 'regime'
  const known = isState ? c.stateIndex.has(ch.id) : c.dyadIndex.has(ch.id)
  const years = ch.from === ch.to ? `${ch.from}` : `${ch.from}–${ch.to}`
  const { id, layer } = ch
  if (!known)
    return say(isState ? 'change.unknown-state' : 'change.unknown-pair', {
      where,
      id,
      layer,
      years,
    })
  if (ch.from > ch.to)
    return say('change.backwards', { where, id, from: String(ch.from), to: String(ch.to) })
  if (ch.from < c.firstYear || ch.to > c.lastYear)
    return say('change.outside', { where, id, layer, years, ...span(c) })
  return null
}

/** The data's first and last years, for a problem's words. */
const span = (c: CompiledDataset) => ({ first: String(c.firstYear), last: String(c.lastYear) })

/**
 * What in a lesson does not fit the data, in words, or null: an exercise about an unknown pair or
 * years outside the data, a change that does not fit, a coding item the explorer does not know.
 */
export function lessonProblem(c: CompiledDataset, plan: LessonPlan): string | null {
  for (const [k, step] of plan.steps.entries()) {
    if (!isExerciseStep(step)) {
      if (!CODING_ITEM_IDS.includes(step.item))
        return say('lesson.no-item', { step: String(k + 1), item: step.item })
      continue
    }
    const ex = step.exercise
    const where = say('lesson.where', { step: String(k + 1), title: ex.title })
    if (!c.dyadIndex.has(ex.watch.dyad))
      return say('lesson.unknown-pair', { where, id: ex.watch.dyad })
    if (ex.watch.from < c.firstYear || ex.watch.to > c.lastYear)
      return say('lesson.outside', {
        where,
        from: String(ex.watch.from),
        to: String(ex.watch.to),
        ...span(c),
      })
    const problem = listProblem(c, ex.changes, say('lesson.change', { where }))
    if (problem) return problem
  }
  return null
}

function listProblem(c: CompiledDataset, list: readonly Change[], field: string): string | null {
  for (const [i, ch] of list.entries()) {
    const problem = changeProblem(c, ch, `${field}[${i}]`)
    if (problem) return problem
  }
  return null
}

/**
 * Makes the undo steps whole again, from the one nearest the present outwards: a whole step is read
 * as it is; a delta is applied to its neighbour's scenario (its removed changes put back to history
 * first, then its added ones set), so each step costs what it changed, not the size of the
 * scenario. The explorer writes lists whose changes never overlap, so this is the list the delta
 * stands for.
 */
function readChain(
  c: CompiledDataset,
  present: { list: readonly Change[]; scenario: Session['scenario'] },
  steps: readonly ParsedStep[],
  field: (i: number) => string,
  logEntries: number,
): { ok: true; steps: SavedStep[] } | { ok: false; problem: string } {
  let list = new Map(present.list.map((ch) => [changeKey(ch), ch]))
  let scenario = present.scenario
  const out: SavedStep[] = []
  for (const [i, st] of steps.entries()) {
    if (st.logLength > logEntries)
      return { ok: false, problem: say('undo.log-length', { field: field(i) }) }
    if ('changes' in st) {
      const problem = listProblem(c, st.changes, `${field(i)}.changes`)
      if (problem) return { ok: false, problem }
      list = new Map(st.changes.map((ch) => [changeKey(ch), ch]))
      scenario = changesToScenario(c, st.changes)
    } else {
      const problem =
        listProblem(c, st.remove, `${field(i)}.remove`) ?? listProblem(c, st.add, `${field(i)}.add`)
      if (problem) return { ok: false, problem }
      for (const ch of st.remove) {
        if (list.delete(changeKey(ch)))
          scenario = setSpan(scenario, c, ch.layer, ch.id, ch.from, ch.to, () => undefined)
      }
      for (const ch of st.add) {
        list.set(changeKey(ch), ch)
        scenario = setSpan(scenario, c, ch.layer, ch.id, ch.from, ch.to, ch.value)
      }
    }
    out.push({ scenario, settings: st.settings, logLength: st.logLength })
  }
  return { ok: true, steps: out }
}

/** Names the place of a zod issue: "changes[2].value (RUS, 1992–2026)". */
function describeIssue(data: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '')
  let where = path || say('where.file')
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
      where = say('where.change', { path: where, id: ch.id, years })
    }
  }
  return say('issue', { where, message: issue.message })
}

/** Checks what zod cannot in the view: known pairs, years inside the data. */
function viewProblem(
  c: CompiledDataset,
  v: z.infer<typeof ScenarioFileSchema>['view'],
): string | null {
  if (!v) return null
  if (v.yearFrom > v.yearTo || v.yearFrom < c.firstYear || v.yearTo > c.lastYear) {
    return say('view.years', { from: String(v.yearFrom), to: String(v.yearTo), ...span(c) })
  }
  for (const d of v.hiddenDyads) if (!c.dyadIndex.has(d)) return say('view.hidden', { id: d })
  if (
    v.focus &&
    (!c.dyadIndex.has(v.focus.dyad) || v.focus.year < c.firstYear || v.focus.year > c.lastYear)
  ) {
    return say('view.focus', { id: v.focus.dyad, year: String(v.focus.year) })
  }
  if (v.table.dyad && !c.dyadIndex.has(v.table.dyad)) return say('view.table', { id: v.table.dyad })
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
      problem: say('head.too-big', {
        mb: (text.length / 1e6).toFixed(1),
        max: String(MAX_FILE_CHARS / 1e6),
      }),
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, problem: say('head.not-json', { error: (e as Error).message }) }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problem: say('head.no-object') }
  }
  const head = data as Record<string, unknown>
  if (head.format !== FILE_FORMAT) {
    return {
      ok: false,
      problem: say('head.format', { format: FILE_FORMAT }),
    }
  }
  if (head.version === undefined) {
    return {
      ok: false,
      problem: say('head.no-version', { version: String(FILE_VERSION) }),
    }
  }
  if (!Number.isInteger(head.version) || (head.version as number) < 1) {
    return {
      ok: false,
      problem: say('head.bad-version', {
        found: String(JSON.stringify(head.version)),
        version: String(FILE_VERSION),
      }),
    }
  }
  if (typeof head.version === 'number' && head.version > FILE_VERSION) {
    return {
      ok: false,
      problem: say('head.newer', { found: String(head.version), version: String(FILE_VERSION) }),
    }
  }
  const changes = changeCount(head)
  if (changes > MAX_FILE_CHANGES) {
    return {
      ok: false,
      problem: say('head.too-many', { n: changes, max: MAX_FILE_CHANGES }),
    }
  }
  return { ok: true, data: head }
}

/** How many changes a file's JSON holds, undo steps included, counted before anything is parsed. */
function changeCount(data: Record<string, unknown>): number {
  const length = (x: unknown) => (Array.isArray(x) ? x.length : 0)
  let n = length(data.changes)
  const undo = data.undo as Record<string, unknown> | undefined
  for (const steps of [undo?.past, undo?.future]) {
    if (!Array.isArray(steps)) continue
    for (const st of steps as Record<string, unknown>[])
      n += length(st?.changes) + length(st?.add) + length(st?.remove)
  }
  return n
}

/** Where a semantic problem sits, read back from its message: "changes[3] ..." → changes, 3. */
function problemPath(problem: string): PropertyKey[] {
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(problem)
  if (!m) return []
  return m[2] !== undefined ? [m[1]!, Number(m[2])] : [m[1]!]
}

/**
 * The dataset a file's work is read against: `c` when the file has no cases (a file from before
 * them keeps the cases on screen), else the built-in history of `c` with the file's cases, which
 * are checked whole by the same rules as an opened case file.
 */
export function datasetOfFile(
  raw: unknown,
  c: CompiledDataset,
): { ok: true; base: CompiledDataset; cases?: UserCases } | { ok: false; problem: string } {
  if (raw === undefined) return { ok: true, base: c }
  const builtIn = builtInOf(c.source)
  const plain = UserCasesSchema.safeParse(raw)
  if (plain.success && !hasUserCases(plain.data))
    return { ok: true, base: compileDataset(builtIn), cases: NO_USER_CASES }
  const checked = checkUserCases(raw, { builtIn })
  if (!checked.cases)
    return {
      ok: false,
      problem: say('cases.bad', { problem: checked.problems[0] ?? say('cases.not-valid') }),
    }
  const joined = withUserCases(builtIn, checked.cases)
  return {
    ok: true,
    base: joined === c.source ? c : compileDataset(joined),
    cases: checked.cases,
  }
}

function readData(data: Record<string, unknown>, known: CompiledDataset): Attempt {
  const parsed = ScenarioFileSchema.safeParse(data, inLanguage())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    // An unknown key is reported at the object that holds it: name the key itself.
    const path =
      issue.code === 'unrecognized_keys' && issue.path.length === 0 ? [issue.keys[0]!] : issue.path
    return { ok: false, problem: describeIssue(data, issue), path }
  }
  const f = parsed.data
  const fail = (problem: string): Attempt => ({ ok: false, problem, path: problemPath(problem) })
  const dataset = datasetOfFile(data.cases, known)
  if (!dataset.ok) return fail(dataset.problem)
  const c = dataset.base
  const problem = listProblem(c, f.changes, 'changes')
  if (problem) return fail(problem)
  const present = { list: f.changes, scenario: changesToScenario(c, f.changes) }
  let undo: SavedUndo | undefined
  if (f.undo) {
    const n = f.undo.past.length
    const entries = f.undo.entries.length
    const past = readChain(
      c,
      present,
      [...f.undo.past].reverse(),
      (i) => `undo.past[${n - 1 - i}]`,
      entries,
    )
    if (!past.ok) return fail(past.problem)
    const future = readChain(c, present, f.undo.future, (i) => `undo.future[${i}]`, entries)
    if (!future.ok) return fail(future.problem)
    undo = { entries: f.undo.entries, past: past.steps.reverse(), future: future.steps }
  }
  const bad = viewProblem(c, f.view)
  if (bad) return fail(bad)
  const lessonBad = f.lesson ? lessonProblem(c, f.lesson.plan) : null
  if (lessonBad) return { ok: false, problem: lessonBad, path: ['lesson'] }
  return {
    ok: true,
    file: {
      session: { scenario: present.scenario, settings: f.settings, view: f.view ?? null },
      log: f.log,
      ...(f.dataVersion !== undefined ? { dataVersion: f.dataVersion } : {}),
      ...(f.exercises ? { answers: f.exercises } : {}),
      ...(f.codes ? { codes: f.codes } : {}),
      ...(f.lesson ? { lesson: f.lesson } : {}),
      ...(dataset.cases ? { cases: dataset.cases } : {}),
      ...(undo ? { undo } : {}),
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

/** Bad changes named one by one in `lost`; beyond this many, the rest are counted. */
const MAX_NAMED_CHANGES = 5

/**
 * Reads the autosave and keeps all it can: a field that does not read is reset to its default (a
 * bad change is dropped on its own), and each is named in `lost`. Only text that is not a scenario
 * at all (not JSON, another format, a newer version) fails whole. Never throws. Each field is
 * checked once on its own, so even a large autosave with many faults is read in one pass.
 */
export function salvageScenarioFile(text: string, known: CompiledDataset): SalvageResult {
  let c = known
  const head = parseHead(text)
  if (!head.ok) return head
  const data: Record<string, unknown> = { ...head.data }
  const lost: LostPart[] = []
  // The cases first: the changes are read against the pairs they add.
  if ('cases' in data) {
    const dataset = datasetOfFile(data.cases, c)
    if (dataset.ok) c = dataset.base
    else {
      lost.push({ field: 'cases', problem: dataset.problem })
      delete data.cases
    }
  }
  // The changes one by one: a bad one is dropped and the others kept.
  if (Array.isArray(data.changes)) {
    const bad: string[] = []
    data.changes = data.changes.filter((raw, i) => {
      const parsed = ChangeSchema.safeParse(raw, inLanguage())
      const problem = parsed.success
        ? changeProblem(c, parsed.data, `changes[${i}]`)
        : say('issue', { where: `changes[${i}]`, message: parsed.error.issues[0]!.message })
      if (problem) bad.push(problem)
      return !problem
    })
    for (const problem of bad.slice(0, MAX_NAMED_CHANGES)) lost.push({ field: 'changes', problem })
    if (bad.length > MAX_NAMED_CHANGES)
      lost.push({
        field: 'changes',
        problem: say('salvage.more', { n: String(bad.length - MAX_NAMED_CHANGES) }),
      })
  }
  // Every other field on its own.
  const shape: Record<string, z.ZodType> = ScenarioFileSchema.shape
  for (const field of Object.keys(data)) {
    if (field === 'format' || field === 'version') continue
    const schema = shape[field]
    const parsed = schema?.safeParse(data[field], inLanguage())
    if (parsed?.success) continue
    lost.push({
      field,
      problem: parsed
        ? say('issue', { where: field, message: parsed.error.issues[0]!.message })
        : say('salvage.unknown-field', { field }),
    })
    reset(data, field)
  }
  // What only the whole file can tell (an undo step or a view that does not fit the data).
  for (;;) {
    const result = readData(data, c)
    if (result.ok) return { ok: true, file: result.file, lost }
    const [field] = result.path
    if (typeof field !== 'string' || field === 'format' || field === 'version' || !(field in data))
      return { ok: false, problem: result.problem }
    lost.push({ field, problem: result.problem })
    reset(data, field)
  }
}

/** Puts a field of saved work back to what a fresh page has. */
function reset(data: Record<string, unknown>, field: string) {
  if (field === 'settings') data.settings = { ...DEFAULT_SETTINGS }
  else if (field === 'changes') data.changes = []
  else if (field === 'log') data.log = []
  else delete data[field]
}
