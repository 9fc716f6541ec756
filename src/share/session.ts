import { DEFAULT_LANGUAGE } from '@/i18n/languages'
import type { CompiledDataset } from '@/model/compile'
import type { ModelSettings } from '@/model/evaluate'
import type { Scenario } from '@/model/scenario'
import type { ExplorerState, ViewState } from '@/store/explorer-store'

/** What a link, a scenario file or the autosave carries: the model and what is on screen. */
export interface Session {
  readonly scenario: Scenario
  readonly settings: ModelSettings
  readonly view: ViewState
}

/** A log entry as files and the autosave keep it: the words and the student's reason. */
export interface SavedLogEntry {
  readonly text: string
  readonly rationale?: string
}

export const sessionOf = (s: ExplorerState): Session => ({
  scenario: s.scenario,
  settings: s.settings,
  view: s.view,
})

export const savedLogOf = (s: ExplorerState): SavedLogEntry[] =>
  s.log.map((e) =>
    s.rationales[e.id] ? { text: e.text, rationale: s.rationales[e.id]! } : { text: e.text },
  )

/** The view a fresh page opens on. */
export const defaultView = (c: CompiledDataset): ViewState => ({
  step: 'explore',
  presetMode: 'show',
  chart: 'timeline',
  hiddenDyads: [],
  yearFrom: c.firstYear,
  yearTo: c.lastYear,
  focus: null,
  table: { dyad: null, outcomes: [], divergentOnly: false, search: '' },
  language: DEFAULT_LANGUAGE,
})

/** The undo history for the autosave: the longest log, and each step's share of it. */
export function undoOf(s: ExplorerState) {
  const { entries, past, future } = s.undoStack
  const longest = entries.length >= s.log.length ? entries : s.log
  return {
    entries: longest.map((e): SavedLogEntry =>
      s.rationales[e.id] ? { text: e.text, rationale: s.rationales[e.id]! } : { text: e.text },
    ),
    past,
    future,
  }
}

/**
 * What a student answered (the exercises), coded (the disputed cases) and added (their own
 * cases), and the lesson open with it, as files keep it.
 */
export const studentWorkOf = (s: ExplorerState) => ({
  answers: s.answers,
  codes: s.codes,
  cases: s.userCases,
  ...(s.lesson ? { lesson: s.lesson } : {}),
})
