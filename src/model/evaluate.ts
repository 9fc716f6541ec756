import {
  THREAT_CONTESTED,
  THREAT_NO,
  THREAT_YES,
  type CompiledDataset,
  type CompiledDyad,
} from './compile'
import { changedEntities, type Scenario } from './scenario'
import type { HistorySeries } from './types'
import {
  CONTESTED_READING,
  IDEOLOGY_READING,
  OUTCOME,
  RULE,
  THREAT,
  type CaseScope,
  type ContestedReading,
  type IdeologyReading,
  type Outcome,
  type Rule,
} from './vocabulary'

export type { CaseScope, ContestedReading, IdeologyReading, Outcome, Rule } from './vocabulary'

export const RULES: readonly Rule[] = RULE.values
export const IDEOLOGY_READINGS: readonly IdeologyReading[] = IDEOLOGY_READING.values
export const CONTESTED_READINGS: readonly ContestedReading[] = CONTESTED_READING.values

export interface ModelSettings {
  /** Which bodies of cases are shown and scored; the others are left out of the data in view. */
  readonly cases: CaseScope
  readonly rule: Rule
  /** Years an alliance survives after a criterion fails; used by `two-criteria-lag` only. */
  readonly lag: number
  readonly ideology: IdeologyReading
  readonly contestedThreat: ContestedReading
  readonly history: HistorySeries
}

/** The essay's reading: both criteria, its own alliance coding, strict ideology. */
export const DEFAULT_SETTINGS: ModelSettings = Object.freeze({
  cases: 'essay',
  rule: 'two-criteria',
  lag: 3,
  ideology: 'strict',
  contestedThreat: 'shared',
  history: 'essay',
})

export const MAX_LAG = 30

/** The outcomes a dyad-year the history series records can have. */
export type ScoredOutcome = Exclude<Outcome, 'not_covered' | 'absent'>
export const SCORED_OUTCOMES: readonly ScoredOutcome[] = OUTCOME.values.filter(
  (o): o is ScoredOutcome => o !== 'not_covered' && o !== 'absent',
)
/** Every outcome; a year's outcome code in the per-year arrays is its index here. */
export const OUTCOMES: readonly Outcome[] = OUTCOME.values
export const HIT = OUTCOME.index('hit')
export const MISS = OUTCOME.index('miss')
export const FALSE_ALARM = OUTCOME.index('false_alarm')
export const CORRECT_REJECTION = OUTCOME.index('correct_rejection')
export const NOT_COVERED = OUTCOME.index('not_covered')
export const ABSENT = OUTCOME.index('absent')

/** Counts of the scored outcomes; years the history does not cover are counted apart. */
export type Confusion = Readonly<Record<ScoredOutcome, number>>

/** How one dyad-year's prediction and history relate. */
export function classify(predicted: boolean, allied: boolean): ScoredOutcome {
  if (predicted) return allied ? 'hit' : 'false_alarm'
  return allied ? 'miss' : 'correct_rejection'
}

/** One year of a rule without memory (every rule except the lag rule's carry-over). */
export function predict(rule: Rule, sharedThreat: boolean, sharedIdeology: boolean): boolean {
  switch (rule) {
    case 'security-only':
      return sharedThreat
    case 'ideology-only':
      return sharedIdeology
    case 'two-criteria':
    case 'two-criteria-lag':
      return sharedThreat && sharedIdeology
  }
}

/**
 * Predictions for a run of years. With `two-criteria-lag`, a year is predicted allied when both
 * criteria held in that year or in any of the `lag` years before it.
 */
export function predictSeries(
  rule: Rule,
  lag: number,
  sharedThreat: Uint8Array,
  sharedIdeology: Uint8Array,
  out: Uint8Array = new Uint8Array(sharedThreat.length),
): Uint8Array {
  const n = sharedThreat.length
  if (rule === 'two-criteria-lag') {
    let lastBoth = -Infinity
    for (let i = 0; i < n; i++) {
      if (sharedThreat[i]! & sharedIdeology[i]!) lastBoth = i
      out[i] = i - lastBoth <= lag ? 1 : 0
    }
    return out
  }
  for (let i = 0; i < n; i++)
    out[i] = predict(rule, sharedThreat[i] === 1, sharedIdeology[i] === 1) ? 1 : 0
  return out
}

/** What the model saw and said for one dyad, year by year. */
export interface DyadEvaluation {
  readonly dyad: CompiledDyad
  /** Effective inputs, after the scenario. Shared with the base arrays when unpatched. */
  readonly communistA: Uint8Array
  readonly communistB: Uint8Array
  readonly threat: Uint8Array
  readonly rift: Uint8Array
  /** 1 when the threat counts as shared under the settings. */
  readonly sharedThreat: Uint8Array
  /** 1 when the ideology counts as shared under the settings. */
  readonly sharedIdeology: Uint8Array
  readonly predicted: Uint8Array
  readonly history: Uint8Array
  /** 1 where the history series covers the year; null when it covers every year. */
  readonly covered: Uint8Array | null
  /** Codes into OUTCOMES. */
  readonly outcome: Uint8Array
  readonly counts: Confusion
  /** Years left out of the counts because the history series does not cover them. */
  readonly uncovered: number
  /** Years left out because one of the two states did not exist: not dyad-years at all. */
  readonly absent: number
}

export interface Evaluation {
  readonly compiled: CompiledDataset
  readonly scenario: Scenario
  readonly settings: ModelSettings
  readonly dyads: readonly DyadEvaluation[]
  readonly counts: Confusion
  /** Dyad-years left out of the counts because the history series does not cover them. */
  readonly uncovered: number
  /** Years left out because a state of the pair did not exist (not dyad-years). */
  readonly absent: number
}

function patched(
  base: Uint8Array,
  years: Readonly<Record<number, unknown>> | undefined,
  firstYear: number,
  code: (v: unknown) => number,
) {
  if (!years) return base
  const out = base.slice()
  for (const [year, v] of Object.entries(years)) {
    const i = Number(year) - firstYear
    if (i >= 0 && i < out.length) out[i] = code(v)
  }
  return out
}

// A patched cell's value as the compiled arrays hold it: a flag for regime and rift, an index for
// the threat.
const regimeCode = (v: unknown) => (v === 'communist' ? 1 : 0)
const threatCode = (v: unknown) => (THREAT.has(v) ? THREAT.index(v) : THREAT_NO)
const riftCode = (v: unknown) => (v === true ? 1 : 0)

function evaluateDyad(
  c: CompiledDataset,
  d: CompiledDyad,
  scenario: Scenario,
  settings: ModelSettings,
  communistOf: (state: number) => Uint8Array,
): DyadEvaluation {
  const n = c.yearCount
  const communistA = communistOf(d.a)
  const communistB = communistOf(d.b)
  const threat = patched(d.threat, scenario.threat[d.id], c.firstYear, threatCode)
  const rift = patched(d.rift, scenario.rift[d.id], c.firstYear, riftCode)
  const contestedShared = settings.contestedThreat === 'shared'
  const strict = settings.ideology === 'strict'
  const sharedThreat = new Uint8Array(n)
  const sharedIdeology = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const t = threat[i]!
    sharedThreat[i] = t === THREAT_YES || (contestedShared && t === THREAT_CONTESTED) ? 1 : 0
    sharedIdeology[i] = communistA[i]! & communistB[i]! & (strict ? rift[i]! ^ 1 : 1)
  }
  const exists = d.exists
  if (exists) {
    // Not dyad-years: no input counts as shared, and nothing is predicted (not even a lag's tail).
    for (let i = 0; i < n; i++) {
      if (exists[i]) continue
      sharedThreat[i] = 0
      sharedIdeology[i] = 0
    }
  }
  const predicted = predictSeries(settings.rule, settings.lag, sharedThreat, sharedIdeology)
  if (exists) for (let i = 0; i < n; i++) predicted[i]! &= exists[i]!
  const history = d.history[settings.history]
  const covered = d.coverage[settings.history]
  const outcome = new Uint8Array(n)
  const tally = [0, 0, 0, 0, 0, 0]
  for (let i = 0; i < n; i++) {
    // hit 0, miss 1, false alarm 2, correct rejection 3, not covered 4, absent 5
    const o =
      exists && !exists[i]
        ? ABSENT
        : covered && !covered[i]
          ? NOT_COVERED
          : predicted[i]
            ? history[i]
              ? HIT
              : FALSE_ALARM
            : history[i]
              ? MISS
              : CORRECT_REJECTION
    outcome[i] = o
    tally[o]!++
  }
  return {
    dyad: d,
    communistA,
    communistB,
    threat,
    rift,
    sharedThreat,
    sharedIdeology,
    predicted,
    history,
    covered,
    outcome,
    counts: {
      hit: tally[0]!,
      miss: tally[1]!,
      false_alarm: tally[2]!,
      correct_rejection: tally[3]!,
    },
    uncovered: tally[4]!,
    absent: tally[5]!,
  }
}

export function sumConfusion(parts: readonly Confusion[]): Confusion {
  const t = { hit: 0, miss: 0, false_alarm: 0, correct_rejection: 0 }
  for (const p of parts) {
    t.hit += p.hit
    t.miss += p.miss
    t.false_alarm += p.false_alarm
    t.correct_rejection += p.correct_rejection
  }
  return t
}

const sameSettings = (a: ModelSettings, b: ModelSettings) =>
  a === b ||
  (a.rule === b.rule &&
    a.ideology === b.ideology &&
    a.contestedThreat === b.contestedThreat &&
    a.history === b.history &&
    (a.lag === b.lag || (a.rule !== 'two-criteria-lag' && b.rule !== 'two-criteria-lag')))

/**
 * Runs the model over every dyad-year under a scenario and scores it against the chosen history
 * series. Given the previous evaluation with the same data and settings, only the dyads whose
 * inputs the scenario changed are recomputed; the others are returned as the same objects, so
 * consumers can skip them by reference.
 */
export function evaluate(
  c: CompiledDataset,
  scenario: Scenario,
  settings: ModelSettings,
  previous?: Evaluation,
): Evaluation {
  let touched: Set<number> | undefined
  if (previous && previous.compiled === c && sameSettings(previous.settings, settings)) {
    if (previous.scenario === scenario) return previous
    touched = new Set()
    const changed = changedEntities(previous.scenario, scenario)
    for (const state of changed.states) {
      const s = c.stateIndex.get(state)
      if (s !== undefined) for (const d of c.dyadsOfState[s]!) touched.add(d)
    }
    for (const dyad of changed.dyads) {
      const d = c.dyadIndex.get(dyad)
      if (d !== undefined) touched.add(d)
    }
  }
  const regimeCache = new Map<number, Uint8Array>()
  const communistOf = (s: number) => {
    let arr = regimeCache.get(s)
    if (!arr) {
      arr = patched(c.communist[s]!, scenario.regime[c.states[s]!], c.firstYear, regimeCode)
      regimeCache.set(s, arr)
    }
    return arr
  }
  const dyads = c.dyads.map((d, i) =>
    touched && previous && !touched.has(i)
      ? previous.dyads[i]!
      : evaluateDyad(c, d, scenario, settings, communistOf),
  )
  return {
    compiled: c,
    scenario,
    settings,
    dyads,
    counts: sumConfusion(dyads.map((d) => d.counts)),
    uncovered: dyads.reduce((sum, d) => sum + d.uncovered, 0),
    absent: dyads.reduce((sum, d) => sum + d.absent, 0),
  }
}
