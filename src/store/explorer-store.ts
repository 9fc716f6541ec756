import { create, type StateCreator } from 'zustand'
import { COMPILED, PRESETS } from '@/data'
import { describeChange } from '@/model/changes'
import { compileDataset, restrictDyads, type CompiledDataset } from '@/model/compile'
import { inScope } from '@/model/lifespan'
import { memoLast } from '@/lib/memo'
import { DEFAULT_SETTINGS, type ModelSettings, type Outcome } from '@/model/evaluate'
import { activate, dataText, isLoaded, loadLanguage, text, translator } from '@/i18n/catalogue'
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, type Language } from '@/i18n/languages'
import { labelsIn } from './names'
import { languageWords } from './language.en'
import { exercisePreset, exercisesOf } from '@/model/lesson'
import { isPresetApplied, type Preset } from '@/model/presets'
import {
  effectiveValue,
  EMPTY_SCENARIO,
  setSpan,
  toggleRegime,
  toggleRift,
  toggleThreat,
  type Change,
  type Layer,
  type LayerValue,
  type Scenario,
} from '@/model/scenario'
import type { Prediction } from '@/model/vocabulary'
import { ITEM_ID, type Code, type Codes } from '@/model/coding'
import { stripControl } from '@/lib/text'
import { clip, LIMITS } from '@/model/limits'
import { createLessonSlice, type LessonSlice } from './lesson-slice'
import {
  hasUserCases,
  NO_USER_CASES,
  removeUserCase as withoutCase,
  withUserCases,
  type UserCases,
} from '@/model/user-cases'
import { settingWords } from './setting-words'
import { changePhrases, together } from './log-phrases'
import { logWords } from './log-words.en'

/**
 * The history and the named counterfactuals over it. `library` is the built-in history, never
 * written, plus the user's own cases when there are any: it is rebuilt from both when the cases
 * change, and the built-in records are shared, never changed. `base` is the part of the library
 * in view: the pairs of the case sets the settings show (`settings.cases`), and the user's own.
 * Everything on screen is derived from `base`; links, files and the autosave are read and written
 * against the whole `library`, so a change to a pair out of view is kept, not refused.
 */
export interface BaseSlice {
  readonly library: CompiledDataset
  readonly base: CompiledDataset
  readonly presets: readonly Preset[]
}

/**
 * A user's own states and pairs ("Your own cases"), joined to the built-in history in `base` and
 * marked "(your case)" wherever they are named. They are data, not a step of the model: setting
 * them is not undone by Undo, and changes to a case that is taken out are dropped from the
 * scenario and its undo history.
 */
export interface CasesSlice {
  readonly userCases: UserCases
  /**
   * Puts these cases in place of the user's current ones and rebuilds `base`. The cases must have
   * passed `checkUserCases` / `readUserCases` (`@/share/user-cases`), as a scenario file's do;
   * cases past the LIMITS, or that do not fit the history, are refused (false) and nothing changes.
   */
  setUserCases: (cases: UserCases) => boolean
  /** Takes out one of the user's states (with the user's pairs that join it) or pairs. */
  removeUserCase: (id: string) => void
}

/** One step of the intervention log, in plain words. */
export interface LogEntry {
  readonly id: number
  readonly text: string
}

/**
 * What undo and redo move between: everything a user changes about the model, and how much of the
 * log it had. A step keeps a length, not a copy of the log: 200 copies of a long log made every
 * click slow.
 */
export interface Snapshot {
  readonly scenario: Scenario
  readonly settings: ModelSettings
  /** How many of the first entries of `undoStack.entries` the log had at this step. */
  readonly logLength: number
}

export const MAX_UNDO = 200

/** A step as saved outside the store: the model and how many log entries it had. */
export type StepInput = Snapshot

export interface UndoStack {
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
  /** The longest log any step has: the present log, then the entries that Redo brings back. */
  readonly entries: readonly LogEntry[]
}

/** The counterfactual: a sparse patch over history, and the actions a user can take on it. */
export interface ScenarioSlice {
  readonly scenario: Scenario
  readonly settings: ModelSettings
  /** The changes so far, in order; undo takes the last one back. */
  readonly log: readonly LogEntry[]
  /** A student's one-line reason per log entry, kept outside undo so typing is never undone. */
  readonly rationales: Readonly<Record<number, string>>
  readonly undoStack: UndoStack
  /** Successive edits with the same key (one drag, one typed number) make a single undo step. */
  readonly gesture: string | null
  /** Flips one cell: a state's regime, or a dyad's threat or rift, in one year. */
  toggleCell: (layer: Layer, id: string, year: number, gesture?: string) => void
  /** Sets a span of years of one state or dyad to one value. */
  setCells: <L extends Layer>(
    layer: L,
    id: string,
    from: number,
    to: number,
    value: LayerValue<L>,
    gesture?: string,
  ) => void
  /** Applies a preset, or takes it back off if it is already fully applied. */
  togglePreset: (id: string) => void
  /**
   * Applies a preset in place of any of `others` that are applied (an exercise revealed after
   * another): their cells go back to history, as one step.
   */
  switchPreset: (id: string, others: readonly string[]) => void
  resetScenario: () => void
  updateSettings: (patch: Partial<ModelSettings>, gesture?: string) => void
  undo: () => void
  redo: () => void
  setRationale: (entry: number, text: string) => void
  /**
   * Puts back saved work exactly as it was, undo history included, without adding a step: the log
   * `entries` are the longest log any step had, and each step keeps its first `logLength` entries.
   * Past LIMITS.logEntries entries, the oldest give way (see `capLog`).
   */
  restoreSaved: (
    entries: readonly { readonly text: string; readonly rationale?: string }[],
    present: StepInput,
    past: readonly StepInput[],
    future: readonly StepInput[],
  ) => void
  /**
   * Replaces scenario and settings as one undoable step, e.g. when a scenario file is opened; the
   * file's `log` (words, or words and reason) goes before the step's own entry. Past
   * LIMITS.logEntries entries, the oldest give way (see `capLog`).
   */
  replaceModel: (
    next: { scenario: Scenario; settings: ModelSettings },
    text: string,
    log?: readonly (string | { readonly text: string; readonly rationale?: string })[],
  ) => void
}

export interface TableFilter {
  /** Only this dyad, or every dyad when null. */
  readonly dyad: string | null
  /** Only these outcomes, or every outcome when empty. */
  readonly outcomes: readonly Outcome[]
  /** Only dyad-years where the model disagrees with history. */
  readonly divergentOnly: boolean
  readonly search: string
}

/** The lesson's steps: explore a scenario, weigh the debate, check the model's fit. */
export const STEPS = ['explore', 'debate', 'check'] as const
export type Step = (typeof STEPS)[number]
/** How the Explore step shows the presets: as buttons, or as exercises to predict first. */
export const PRESET_MODES = ['show', 'predict'] as const
export type PresetMode = (typeof PRESET_MODES)[number]
/** Two ways to see the same predictions: a timeline per pair, or the network of one year. */
export const CHARTS = ['timeline', 'network'] as const
export type ChartKind = (typeof CHARTS)[number]

export interface ViewState {
  readonly step: Step
  readonly presetMode: PresetMode
  readonly chart: ChartKind
  /** Dyads left out of the timeline, by id. */
  readonly hiddenDyads: readonly string[]
  readonly yearFrom: number
  readonly yearTo: number
  /** The dyad-year whose codings are shown in detail. */
  readonly focus: { readonly dyad: string; readonly year: number } | null
  readonly table: TableFilter
  /** The interface's language; a link and the autosave keep it. */
  readonly language: Language
}

export interface ViewSlice {
  readonly view: ViewState
  setStep: (step: Step) => void
  setPresetMode: (mode: PresetMode) => void
  setChart: (chart: ChartKind) => void
  setFocus: (focus: ViewState['focus']) => void
  toggleDyadShown: (id: string) => void
  showAllDyads: () => void
  setYearRange: (from: number, to: number) => void
  setTableFilter: (patch: Partial<TableFilter>) => void
  replaceView: (view: ViewState) => void
  /**
   * Puts the interface in a language: at once when its messages are in memory, else once they
   * have loaded (the page stays in its language meanwhile, and says so if they cannot load).
   */
  setLanguage: (language: Language) => void
}

/** A student's answer to one predict–observe–explain exercise. */
export interface ExerciseAnswer {
  readonly prediction?: Prediction
  readonly reason?: string
  readonly revealed?: boolean
  /** The answer to the same question asked again after the reveal ("Now, what do you think?"). */
  readonly after?: Prediction
  readonly explanation?: string
}

export interface ExerciseSlice {
  /** Answers by preset id; kept outside undo, like the reasons in the log. */
  readonly answers: Readonly<Record<string, ExerciseAnswer>>
  answer: (preset: string, patch: Partial<ExerciseAnswer>) => void
  replaceAnswers: (answers: Readonly<Record<string, ExerciseAnswer>>) => void
}

export interface CodingSlice {
  /** A student's codes of the disputed cases by item id; kept outside undo, like the answers. */
  readonly codes: Codes
  code: (item: string, patch: Partial<Code>) => void
  replaceCodes: (codes: Codes) => void
}

/** A message for the user: role status for information, role alert for problems. */
export interface Notice {
  readonly id: number
  readonly kind: 'info' | 'error'
  readonly text: string
  /** An optional one-click remedy, e.g. "Restore my previous work". */
  readonly action?: { readonly label: string; readonly run: () => void }
  /** Stays until dismissed, however many notices follow (e.g. the way back to earlier work). */
  readonly sticky?: boolean
}

/** How many notices that are not sticky are kept; older ones give way to newer. */
export const MAX_NOTICES = 4

export interface NoticeSlice {
  readonly notices: readonly Notice[]
  notify: (notice: Omit<Notice, 'id'>) => void
  dismissNotice: (id: number) => void
}

export type ExplorerState = BaseSlice &
  CasesSlice &
  ScenarioSlice &
  ViewSlice &
  NoticeSlice &
  ExerciseSlice &
  CodingSlice &
  LessonSlice

export const NO_TABLE_FILTER: TableFilter = Object.freeze({
  dyad: null,
  outcomes: Object.freeze([]) as readonly Outcome[],
  divergentOnly: false,
  search: '',
})

/** The presets and, when a lesson is open, its exercises as presets: what a reveal can apply. */
export function presetsWithLesson(s: Pick<ExplorerState, 'presets' | 'lesson'>): readonly Preset[] {
  return s.lesson ? [...s.presets, ...exercisesOf(s.lesson.plan).map(exercisePreset)] : s.presets
}

type Slice<T> = StateCreator<ExplorerState, [], [], T>

let nextId = 1

/** A step's words as the log keeps them: no control characters, not too long, never empty. */
const logText = (words: string) =>
  clip(stripControl(words), LIMITS.logText) || text(logWords, 'no-description')

/**
 * A preset's title in quotes, for the log: a built-in preset's in the language in use, a
 * lesson's exercise's as its teacher wrote it.
 */
const quoted = (preset: Preset) =>
  text(logWords, 'preset.quoted', {
    title: PRESETS.includes(preset)
      ? dataText('data.presets', `${preset.id}.title`, preset.title)
      : preset.title,
  })

/** A student's reason as the store keeps it ('' for none). */
const reasonText = (text: string | undefined) =>
  text ? clip(stripControl(text), LIMITS.rationale) : ''

/** The first `n` entries, sharing the array when that is all of them. */
const firstEntries = (entries: readonly LogEntry[], n: number) =>
  n >= entries.length ? entries : entries.slice(0, Math.max(0, n))

type LogState = Pick<ScenarioSlice, 'log' | 'rationales' | 'undoStack'>

/**
 * Keeps the log to its newest LIMITS.logEntries entries, the most a save holds: the oldest give
 * way, with their reasons, and every undo step's `logLength` shifts with them (never below 0), so
 * Undo and Redo still bring back the same newest entries.
 */
function capLog(st: LogState): LogState {
  const { entries, past, future } = st.undoStack
  const drop = entries.length - LIMITS.logEntries
  if (drop <= 0) return st
  const kept = entries.slice(drop)
  const shift = (step: Snapshot): Snapshot => ({
    ...step,
    logLength: Math.max(0, step.logLength - drop),
  })
  let rationales = st.rationales
  for (const e of entries.slice(0, drop)) {
    if (rationales[e.id] === undefined) continue
    if (rationales === st.rationales) rationales = { ...rationales }
    delete (rationales as Record<number, string>)[e.id]
  }
  return {
    log: firstEntries(kept, st.log.length - drop),
    rationales,
    undoStack: { past: past.map(shift), future: future.map(shift), entries: kept },
  }
}

const createScenarioSlice: Slice<ScenarioSlice> = (set, get) => {
  /**
   * Every change to scenario or settings goes through here: it records an undo step (merged into
   * the previous one for the same gesture) and a log entry in plain words.
   */
  const commit = (
    next: Partial<Pick<Snapshot, 'scenario' | 'settings'>>,
    text: string,
    gesture?: string,
  ) =>
    set((s) => {
      const scenario = next.scenario ?? s.scenario
      const settings = next.settings ?? s.settings
      if (scenario === s.scenario && settings === s.settings) return {}
      const merging = gesture !== undefined && gesture === s.gesture && s.undoStack.past.length > 0
      const snapshot: Snapshot = {
        scenario: s.scenario,
        settings: s.settings,
        logLength: s.log.length,
      }
      const entry: LogEntry = {
        id: merging ? (s.log.at(-1)?.id ?? nextId++) : nextId++,
        text: logText(text),
      }
      const log = merging ? [...s.log.slice(0, -1), entry] : [...s.log, entry]
      return {
        scenario,
        settings,
        ...capLog({
          log,
          rationales: s.rationales,
          undoStack: {
            past: merging ? s.undoStack.past : [...s.undoStack.past, snapshot].slice(-MAX_UNDO),
            future: [],
            entries: log,
          },
        }),
        gesture: gesture ?? null,
      }
    })

  /** "Russian Federation communist 1992–2026": the cells from..to as they read under `scenario`. */
  const describe = (scenario: Scenario, layer: Layer, id: string, from: number, to: number) => {
    const { library } = get()
    const value = effectiveValue(library, scenario, layer, id, from)
    return describeChange(
      labelsIn(library.source, get().view.language),
      { layer, id, from, to, value } as Change,
      changePhrases(),
    )
  }

  /**
   * Applies a preset's new scenario, and widens the cases shown to both sets when the preset
   * changes a pair out of view (or a state none of whose pairs is in view), so its effect shows.
   */
  const applyPreset = (next: Scenario, preset: Preset, words: string) => {
    const { library, base, settings } = get()
    const outOfView = preset.changes.some((ch) =>
      ch.layer === 'regime'
        ? !(library.dyadsOfState[library.stateIndex.get(ch.id) ?? -1] ?? []).some((d) =>
            base.dyadIndex.has(library.dyads[d]!.id),
          )
        : !base.dyadIndex.has(ch.id),
    )
    if (!outOfView || settings.cases === 'all') return commit({ scenario: next }, words)
    const wider = { ...settings, cases: 'all' as const }
    commit({ scenario: next, settings: wider }, together(words, settingWords('cases', wider)))
  }

  return {
    scenario: EMPTY_SCENARIO,
    settings: DEFAULT_SETTINGS,
    log: [],
    rationales: {},
    undoStack: { past: [], future: [], entries: [] },
    gesture: null,
    toggleCell: (layer, id, year, gesture) => {
      const { scenario, base, settings } = get()
      const next =
        layer === 'regime'
          ? toggleRegime(scenario, base, id, year)
          : layer === 'rift'
            ? toggleRift(scenario, base, id, year)
            : toggleThreat(scenario, base, id, year, settings.contestedThreat === 'shared')
      if (next === scenario) return
      const restored =
        (next[layer] as Record<string, Record<number, unknown>>)[id]?.[year] === undefined
      const change = describe(next, layer, id, year, year)
      commit(
        { scenario: next },
        restored ? text(logWords, 'as-in-history', { change }) : change,
        gesture,
      )
    },
    setCells: (layer, id, from, to, value, gesture) => {
      const { scenario, base } = get()
      const next = setSpan(scenario, base, layer, id, from, to, value)
      const lo = Math.max(base.firstYear, Math.min(from, to))
      const hi = Math.min(base.lastYear, Math.max(from, to))
      commit({ scenario: next }, describe(next, layer, id, lo, hi), gesture)
    },
    togglePreset: (id) => {
      const { presets, library: base, scenario } = get()
      const preset = presets.find((p) => p.id === id)
      if (!preset) return
      const on = isPresetApplied(base, scenario, preset)
      let next = scenario
      for (const ch of preset.changes) {
        next = on
          ? setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, () => undefined)
          : setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, ch.value)
      }
      const t = translator(logWords)
      if (on) commit({ scenario: next }, t('preset.removed', { preset: quoted(preset) }))
      else applyPreset(next, preset, t('preset.applied', { preset: quoted(preset) }))
    },
    switchPreset: (id, others) => {
      // Presets are read against the whole library: a preset may change a pair out of view.
      const { library: base, scenario } = get()
      const presets = presetsWithLesson(get())
      const preset = presets.find((p) => p.id === id)
      if (!preset) return
      let next = scenario
      const replaced: string[] = []
      for (const other of presets) {
        if (other.id === id || !others.includes(other.id) || !isPresetApplied(base, next, other))
          continue
        for (const ch of other.changes)
          next = setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, () => undefined)
        replaced.push(quoted(other))
      }
      for (const ch of preset.changes)
        next = setSpan(next, base, ch.layer, ch.id, ch.from, ch.to, ch.value)
      if (next === scenario) return
      const t = translator(logWords)
      applyPreset(
        next,
        preset,
        replaced.length > 0
          ? t('preset.applied-instead', {
              preset: quoted(preset),
              others: replaced.reduce((a, b) => t('and', { a, b })),
            })
          : t('preset.applied', { preset: quoted(preset) }),
      )
    },
    resetScenario: () => commit({ scenario: EMPTY_SCENARIO }, text(logWords, 'reset')),
    updateSettings: (patch, gesture) => {
      const { settings } = get()
      const next = { ...settings, ...patch }
      const changed = (Object.keys(patch) as (keyof ModelSettings)[]).filter(
        (k) => next[k] !== settings[k],
      )
      if (changed.length === 0) return
      commit(
        { settings: next },
        changed.map((k) => settingWords(k, next)).reduce((a, b) => together(a, b)),
        gesture,
      )
    },
    undo: () =>
      set((s) => {
        const prev = s.undoStack.past.at(-1)
        if (!prev) return {}
        const present: Snapshot = {
          scenario: s.scenario,
          settings: s.settings,
          logLength: s.log.length,
        }
        return {
          scenario: prev.scenario,
          settings: prev.settings,
          log: firstEntries(s.undoStack.entries, prev.logLength),
          undoStack: {
            past: s.undoStack.past.slice(0, -1),
            future: [present, ...s.undoStack.future],
            entries: s.undoStack.entries,
          },
          gesture: null,
        }
      }),
    redo: () =>
      set((s) => {
        const next = s.undoStack.future[0]
        if (!next) return {}
        const present: Snapshot = {
          scenario: s.scenario,
          settings: s.settings,
          logLength: s.log.length,
        }
        return {
          scenario: next.scenario,
          settings: next.settings,
          log: firstEntries(s.undoStack.entries, next.logLength),
          undoStack: {
            past: [...s.undoStack.past, present].slice(-MAX_UNDO),
            future: s.undoStack.future.slice(1),
            entries: s.undoStack.entries,
          },
          gesture: null,
        }
      }),
    setRationale: (entry, text) =>
      set((s) => {
        const rationales = { ...s.rationales }
        text = reasonText(text)
        if (text) rationales[entry] = text
        else delete rationales[entry]
        return { rationales }
      }),
    restoreSaved: (entries, present, past, future) => {
      const log = entries.map((e) => ({ id: nextId++, text: logText(e.text) }))
      const rationales: Record<number, string> = {}
      entries.forEach((e, i) => {
        const why = reasonText(e.rationale)
        if (why) rationales[log[i]!.id] = why
      })
      const presentLength = Math.max(0, Math.min(present.logLength, log.length))
      // A step before the present never had more of the log than the present has, as in the store.
      const step =
        (most: number) =>
        (st: StepInput): Snapshot => ({
          scenario: st.scenario,
          settings: st.settings,
          logLength: Math.max(0, Math.min(st.logLength, most)),
        })
      set({
        scenario: present.scenario,
        settings: present.settings,
        ...capLog({
          log: firstEntries(log, presentLength),
          rationales,
          undoStack: {
            past: past.map(step(presentLength)).slice(-MAX_UNDO),
            future: future.map(step(log.length)),
            entries: log,
          },
        }),
        gesture: null,
      })
    },
    replaceModel: (next, text, lines = []) => {
      const before = get().log
      commit(next, text)
      // Nothing to record when the same work is already on screen (e.g. restoring, after an
      // Undo, the work that Undo brought back): no step was added, so no log lines either.
      if (get().log === before || lines.length === 0) return
      set((s) => {
        const rationales = { ...s.rationales }
        const added = lines.map((line) => {
          const { text, rationale } = typeof line === 'string' ? { text: line } : line
          const entry: LogEntry = { id: nextId++, text: logText(text) }
          const why = reasonText(rationale)
          if (why) rationales[entry.id] = why
          return entry
        })
        // The file's entries go before the entry of the step that opened it.
        const log = [...s.log.slice(0, -1), ...added, s.log.at(-1)!]
        return capLog({ log, rationales, undoStack: { ...s.undoStack, entries: log } })
      })
    },
  }
}

/** Pairs to hide, as a save holds them: pairs of the data, each once, at most LIMITS.hiddenPairs. */
const hiddenPairs = (base: CompiledDataset, ids: readonly string[]) =>
  [...new Set(ids)].filter((id) => base.dyadIndex.has(id)).slice(0, LIMITS.hiddenPairs)

const createViewSlice =
  (base: CompiledDataset): Slice<ViewSlice> =>
  (set, get) => ({
    view: {
      step: 'explore',
      presetMode: 'show',
      chart: 'timeline',
      hiddenDyads: [],
      yearFrom: base.firstYear,
      yearTo: base.lastYear,
      focus: null,
      table: NO_TABLE_FILTER,
      language: DEFAULT_LANGUAGE,
    },
    setStep: (step) => set(({ view }) => (view.step === step ? {} : { view: { ...view, step } })),
    setPresetMode: (presetMode) =>
      set(({ view }) => (view.presetMode === presetMode ? {} : { view: { ...view, presetMode } })),
    setChart: (chart) =>
      set(({ view }) => (view.chart === chart ? {} : { view: { ...view, chart } })),
    setFocus: (focus) =>
      set(({ view }) =>
        view.focus?.dyad === focus?.dyad && view.focus?.year === focus?.year
          ? {}
          : { view: { ...view, focus } },
      ),
    toggleDyadShown: (id) =>
      set(({ view, base }) => {
        if (view.hiddenDyads.includes(id))
          return { view: { ...view, hiddenDyads: view.hiddenDyads.filter((d) => d !== id) } }
        // Only a pair of the data, and no more pairs than a save holds.
        if (!base.dyadIndex.has(id) || view.hiddenDyads.length >= LIMITS.hiddenPairs) return {}
        return { view: { ...view, hiddenDyads: [...view.hiddenDyads, id] } }
      }),
    showAllDyads: () => set(({ view }) => ({ view: { ...view, hiddenDyads: [] } })),
    setYearRange: (from, to) =>
      set(({ view, base }) => {
        const lo = Math.max(base.firstYear, Math.min(from, to))
        const hi = Math.min(base.lastYear, Math.max(from, to))
        return { view: { ...view, yearFrom: lo, yearTo: hi } }
      }),
    setTableFilter: (patch) =>
      set(({ view }) => ({
        view: {
          ...view,
          table: {
            ...view.table,
            ...patch,
            ...(patch.search !== undefined
              ? { search: clip(stripControl(patch.search), LIMITS.search) }
              : {}),
          },
        },
      })),
    setLanguage: (language) => {
      if (!isLoaded(language)) {
        loadLanguage(language).then(
          () => get().setLanguage(language),
          () =>
            get().notify({
              kind: 'error',
              text: text(languageWords, 'language-failed', { language: LANGUAGE_NAMES[language] }),
            }),
        )
        return
      }
      activate(language)
      set(({ view }) => (view.language === language ? {} : { view: { ...view, language } }))
    },
    replaceView: (view) => {
      set(({ library: base, view: current }) => ({
        view: {
          ...view,
          language: current.language,
          hiddenDyads: hiddenPairs(base, view.hiddenDyads),
          table: { ...view.table, search: clip(stripControl(view.table.search), LIMITS.search) },
        },
      }))
      // The view's language comes in with its messages (at once when they are in memory).
      get().setLanguage(view.language)
    },
  })

const createExerciseSlice: Slice<ExerciseSlice> = (set) => ({
  answers: {},
  answer: (preset, patch) =>
    set((s) => ({
      answers: {
        ...s.answers,
        [preset]: {
          ...s.answers[preset],
          ...patch,
          ...(patch.reason !== undefined
            ? { reason: clip(stripControl(patch.reason), LIMITS.reason) }
            : {}),
          ...(patch.explanation !== undefined
            ? { explanation: clip(stripControl(patch.explanation), LIMITS.explanation) }
            : {}),
        },
      },
    })),
  replaceAnswers: (answers) =>
    set({
      answers: Object.fromEntries(
        Object.entries(answers).map(([k, a]) => [
          k,
          {
            ...a,
            ...(a.reason !== undefined
              ? { reason: clip(stripControl(a.reason), LIMITS.reason) }
              : {}),
            ...(a.explanation !== undefined
              ? { explanation: clip(stripControl(a.explanation), LIMITS.explanation) }
              : {}),
          },
        ]),
      ),
    }),
})

/** A code as the store keeps it: the reason without control characters and within its limit. */
const cleanCode = (c: Code): Code =>
  c.reason !== undefined ? { ...c, reason: clip(stripControl(c.reason), LIMITS.reason) } : c

const createCodingSlice: Slice<CodingSlice> = (set) => ({
  codes: {},
  code: (item, patch) =>
    set((s) => {
      // A new item past the limit is not taken; the ones already coded can still change.
      if (!ITEM_ID.test(item)) return s
      const had = Object.hasOwn(s.codes, item)
      if (!had && Object.keys(s.codes).length >= LIMITS.codedItems) return s
      return {
        codes: { ...s.codes, [item]: cleanCode({ ...(had ? s.codes[item] : {}), ...patch }) },
      }
    }),
  replaceCodes: (codes) =>
    set({
      codes: Object.fromEntries(
        Object.entries(codes)
          .filter(([k]) => ITEM_ID.test(k))
          .slice(0, LIMITS.codedItems)
          .map(([k, c]) => [k, cleanCode(c)]),
      ),
    }),
})

const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set((s) => ({
      // The same message twice in a row is shown once.
      notices: s.notices.some((n) => n.text === notice.text)
        ? s.notices
        : keepNotices([...s.notices, { ...notice, id: nextId++ }]),
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})

/** Every sticky notice, and the newest MAX_NOTICES others, in the order they came. */
function keepNotices(notices: readonly Notice[]): readonly Notice[] {
  const others = notices.filter((n) => !n.sticky)
  const dropped = new Set(others.slice(0, Math.max(0, others.length - MAX_NOTICES)))
  return notices.filter((n) => !dropped.has(n))
}

/** A scenario without the states and pairs `base` does not hold; the same object if it has none. */
function keepKnown(scenario: Scenario, base: CompiledDataset): Scenario {
  const pick = <T>(patch: Readonly<Record<string, T>>, has: (id: string) => boolean) =>
    Object.keys(patch).every(has)
      ? patch
      : Object.fromEntries(Object.entries(patch).filter(([id]) => has(id)))
  const state = (id: string) => base.stateIndex.has(id)
  const dyad = (id: string) => base.dyadIndex.has(id)
  const regime = pick(scenario.regime, state)
  const threat = pick(scenario.threat, dyad)
  const rift = pick(scenario.rift, dyad)
  return regime === scenario.regime && threat === scenario.threat && rift === scenario.rift
    ? scenario
    : { regime, threat, rift }
}

const createCasesSlice =
  (builtIn: CompiledDataset): Slice<CasesSlice> =>
  (set, get) => ({
    userCases: NO_USER_CASES,
    setUserCases: (cases) => {
      if (
        cases.states.length > LIMITS.caseStates ||
        cases.dyads.length > LIMITS.casePairs ||
        cases.sources.length > LIMITS.caseSources
      )
        return false
      let base: CompiledDataset
      try {
        base = hasUserCases(cases) ? compileDataset(withUserCases(builtIn.source, cases)) : builtIn
      } catch {
        return false
      }
      const library = base
      set((s) => {
        const step = (st: Snapshot) => {
          const scenario = keepKnown(st.scenario, library)
          return scenario === st.scenario ? st : { ...st, scenario }
        }
        const { view } = s
        const known = (id: string | null | undefined) => !!id && library.dyadIndex.has(id)
        return {
          userCases: hasUserCases(cases) ? cases : NO_USER_CASES,
          library,
          scenario: keepKnown(s.scenario, library),
          undoStack: {
            ...s.undoStack,
            past: s.undoStack.past.map(step),
            future: s.undoStack.future.map(step),
          },
          view: {
            ...view,
            hiddenDyads: view.hiddenDyads.filter(known),
            focus: known(view.focus?.dyad) ? view.focus : null,
            table: { ...view.table, dyad: known(view.table.dyad) ? view.table.dyad : null },
          },
        }
      })
      return true
    },
    removeUserCase: (id) => {
      const { userCases, setUserCases } = get()
      const next = withoutCase(userCases, id)
      if (next !== userCases) setUserCases(next)
    },
  })

/** The pairs of a library that a case scope shows; the same object while both stay the same. */
const scopedOf = () =>
  memoLast((library: CompiledDataset, scope: ModelSettings['cases']) =>
    restrictDyads(library, (d) => inScope(d, scope)),
  )

/** Builds a store over a dataset: the app uses the built-in one, tests and benchmarks their own. */
export function createExplorerStore(
  library: CompiledDataset = COMPILED,
  presets: readonly Preset[] = PRESETS,
) {
  const scoped = scopedOf()
  return create<ExplorerState>()((set, get, api) => {
    // Every write keeps `base` the part of `library` that `settings.cases` shows, whichever
    // action changed the library or the settings (a click, undo, a file, a link).
    const setScoped: typeof set = ((partial: Parameters<typeof set>[0], replace?: boolean) =>
      set((s) => {
        const next = typeof partial === 'function' ? partial(s) : partial
        const lib = next.library ?? s.library
        const scope = (next.settings ?? s.settings).cases
        const base = scoped(lib, scope)
        return base === (next.base ?? s.base) ? next : { ...next, base }
      }, replace as false)) as typeof set
    // Writes from outside the actions (tests, benchmarks, a reset) keep `base` in step too.
    api.setState = setScoped
    const a = [setScoped, get, api] as const
    return {
      library,
      base: scoped(library, DEFAULT_SETTINGS.cases),
      presets,
      ...createCasesSlice(library)(...a),
      ...createScenarioSlice(...a),
      ...createViewSlice(library)(...a),
      ...createNoticeSlice(...a),
      ...createExerciseSlice(...a),
      ...createCodingSlice(...a),
      ...createLessonSlice(...a),
    }
  })
}

/** The app's one store, over the built-in dataset. */
export const useExplorerStore = createExplorerStore()

/** Puts a store back to a fresh start over another dataset (the benchmark's larger one). */
export function resetStore(
  store: ReturnType<typeof createExplorerStore>,
  library: CompiledDataset,
  presets: readonly Preset[],
) {
  // Take the fresh store's data only: its actions are bound to that other store.
  const fresh = createExplorerStore(library, presets).getState()
  const data = Object.fromEntries(Object.entries(fresh).filter(([, v]) => typeof v !== 'function'))
  store.setState(data as Partial<ExplorerState>)
}
