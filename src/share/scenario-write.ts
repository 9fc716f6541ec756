import { DATA_VERSION } from '@/data/version'
import type { z } from '@/lib/zod'
import { scenarioToChanges } from '@/model/changes'
import type { Codes } from '@/model/coding'
import type { OpenLesson } from '@/model/lesson'
import type { Change } from '@/model/scenario'
import { hasUserCases, type UserCases } from '@/model/user-cases'
import type { ExerciseAnswer } from '@/store/explorer-store'
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_CHANGES, MAX_FILE_CHARS } from './file-format'
import type { OpenLessonSchema, ScenarioFileSchema } from './schema'
import type { SavedLogEntry, Session } from './session'

/*
 * Writes scenario files and the autosave (one format; see scenario-file.ts, which reads them).
 * Writing needs no schema, so it loads with the page; only the types come from the schema.
 */

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
export type SavedAnswers = Readonly<Record<string, ExerciseAnswer>>

/** The file's JSON text for a session and its log. */
export function writeScenarioFile(
  session: Session,
  log: readonly SavedLogEntry[],
  {
    savedAt = new Date(),
    undo,
    answers,
    codes,
    lesson,
    cases,
  }: {
    savedAt?: Date
    undo?: SavedUndo
    answers?: SavedAnswers
    codes?: Codes
    lesson?: OpenLesson | null
    cases?: UserCases
  } = {},
): string {
  const file: z.input<typeof ScenarioFileSchema> = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    dataVersion: DATA_VERSION,
    savedAt: savedAt.toISOString(),
    settings: { ...session.settings },
    changes: keyedChanges(session.scenario).list,
    view: {
      step: session.view.step,
      presetMode: session.view.presetMode,
      chart: session.view.chart,
      language: session.view.language,
      yearFrom: session.view.yearFrom,
      yearTo: session.view.yearTo,
      hiddenDyads: [...session.view.hiddenDyads],
      focus: session.view.focus,
      table: { ...session.view.table, outcomes: [...session.view.table.outcomes] },
    },
    log: log.map((e) => ({ ...e })),
  }
  if (answers && Object.keys(answers).length > 0) file.exercises = structuredClone(answers)
  if (codes && Object.keys(codes).length > 0) file.codes = structuredClone(codes)
  if (lesson) file.lesson = structuredClone(lesson) as z.input<typeof OpenLessonSchema>
  if (cases && hasUserCases(cases)) file.cases = structuredClone(cases) as typeof file.cases
  const text = (f: typeof file) => JSON.stringify(f, null, 2) + '\n'
  if (!undo || (undo.past.length === 0 && undo.future.length === 0)) return text(file)
  // The undo history, nearest steps first, as much of it as fits within what a file may hold:
  // a file the explorer writes always opens again.
  const past = deltaChain(session.scenario, [...undo.past].reverse())
  const future = deltaChain(session.scenario, undo.future)
  const size = (st: (typeof past)[number]) => st.add.length + st.remove.length
  let budget = MAX_FILE_CHANGES - file.changes.length
  let keepPast = 0
  while (keepPast < past.length && size(past[keepPast]!) <= budget)
    budget -= size(past[keepPast++]!)
  let keepFuture = 0
  while (keepFuture < future.length && size(future[keepFuture]!) <= budget)
    budget -= size(future[keepFuture++]!)
  for (;;) {
    const out = text({
      ...file,
      undo: {
        entries: undo.entries.map((e) => ({ ...e })),
        past: past.slice(0, keepPast).reverse(),
        future: future.slice(0, keepFuture),
      },
    })
    if (out.length <= MAX_FILE_CHARS) return out
    if (keepPast + keepFuture === 0) return text(file)
    keepFuture = Math.floor(keepFuture / 2)
    keepPast = keepFuture > 0 ? keepPast : Math.floor(keepPast / 2)
  }
}

/** One change as a string, equal for equal changes. */
export const changeKey = (ch: Change) =>
  `${ch.layer}\u0000${ch.id}\u0000${ch.from}\u0000${ch.to}\u0000${String(ch.value)}`

/*
 * Scenarios in the store never change once made, and the undo history keeps the same objects from
 * one autosave to the next: each is turned into its list and keys once, and the difference between
 * two neighbouring steps is worked out once, not on every save.
 */
const keyed = new WeakMap<object, { list: Change[]; keyList: string[]; keys: Set<string> }>()
function keyedChanges(scenario: Session['scenario']) {
  let k = keyed.get(scenario)
  if (!k) {
    const list = scenarioToChanges(scenario)
    const keyList = list.map(changeKey)
    k = { list, keyList, keys: new Set(keyList) }
    keyed.set(scenario, k)
  }
  return k
}

interface Delta {
  readonly from: object
  readonly add: readonly Change[]
  readonly remove: readonly Change[]
}
const NO_DELTA = { add: [], remove: [] }
const deltas = new WeakMap<object, Delta>()

/** What turns `prev`'s list of changes into `next`'s: the changes to add and to remove. */
function deltaOf(prev: Session['scenario'], next: Session['scenario']) {
  if (prev === next) return NO_DELTA
  const cached = deltas.get(next)
  if (cached?.from === prev) return cached
  const a = keyedChanges(prev)
  const b = keyedChanges(next)
  const delta: Delta = {
    from: prev,
    add: b.list.filter((_, i) => !a.keys.has(b.keyList[i]!)),
    remove: a.list.filter((_, i) => !b.keys.has(a.keyList[i]!)),
  }
  deltas.set(next, delta)
  return delta
}

/** The steps, from the one nearest the present outwards, each as its difference from the last. */
function deltaChain(present: Session['scenario'], steps: readonly SavedStep[]) {
  let prev = present
  return steps.map((st) => {
    const { add, remove } = deltaOf(prev, st.scenario)
    prev = st.scenario
    return {
      add: [...add],
      remove: [...remove],
      settings: { ...st.settings },
      logLength: st.logLength,
    }
  })
}
