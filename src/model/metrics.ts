import { NOT_COVERED, type Confusion, type DyadEvaluation, type Evaluation } from './evaluate'

export interface Metrics {
  readonly total: number
  readonly confusion: Confusion
  /** Share of dyad-years where the model agrees with history. */
  readonly accuracy: number | null
  /** Of the predicted alliances, the share history records. Null when none is predicted. */
  readonly precision: number | null
  /** Of the alliances history records, the share predicted. Null when history has none. */
  readonly recall: number | null
}

const ratio = (num: number, den: number) => (den === 0 ? null : num / den)

/** Accuracy, precision and recall from a confusion matrix. */
export function metricsOf(confusion: Confusion): Metrics {
  const { hit, miss, false_alarm, correct_rejection } = confusion
  const total = hit + miss + false_alarm + correct_rejection
  return {
    total,
    confusion,
    accuracy: ratio(hit + correct_rejection, total),
    precision: ratio(hit, hit + false_alarm),
    recall: ratio(hit, hit + miss),
  }
}

/** Metrics for the whole evaluation and for each dyad, in dataset order. */
export function summarize(e: Evaluation) {
  return {
    overall: metricsOf(e.counts),
    byDyad: e.dyads.map((d) => ({ dyad: d.dyad.id, ...metricsOf(d.counts) })),
  }
}

export interface DivergentCell {
  readonly dyad: string
  readonly year: number
  /** Prediction in the reference (usually the baseline, i.e. history's inputs). */
  readonly from: boolean
  /** Prediction under the scenario. */
  readonly to: boolean
}

export interface Divergence {
  /** Dyad-years where the two predictions differ. */
  readonly count: number
  readonly byDyad: readonly { readonly dyad: string; readonly count: number }[]
  /** The earliest differing dyad-year; ties on the year go to the dyad listed first. */
  readonly first: DivergentCell | null
}

/**
 * Where a scenario's predictions differ from a reference evaluation of the same data (normally
 * the baseline: the same settings over unchanged history).
 */
export function divergence(reference: Evaluation, scenario: Evaluation): Divergence {
  const { firstYear } = scenario.compiled
  let count = 0
  let first: DivergentCell | null = null
  const byDyad: { dyad: string; count: number }[] = []
  scenario.dyads.forEach((d, k) => {
    const ref = reference.dyads[k]
    if (!ref || ref.predicted === d.predicted) return
    let n = 0
    for (let i = 0; i < d.predicted.length; i++) {
      if (d.predicted[i] === ref.predicted[i]) continue
      n++
      if (!first || firstYear + i < first.year) {
        first = {
          dyad: d.dyad.id,
          year: firstYear + i,
          from: ref.predicted[i] === 1,
          to: d.predicted[i] === 1,
        }
      }
    }
    if (n > 0) byDyad.push({ dyad: d.dyad.id, count: n })
    count += n
  })
  return { count, byDyad, first }
}

/** Dyad-years where the model disagrees with history (misses plus false alarms). */
export const disagreements = (e: Evaluation): number => e.counts.miss + e.counts.false_alarm

/** What rules that know nothing of threats or ideology score on the same dyad-years. */
export interface TrivialScores {
  /** Accuracy of predicting "no alliance" every year. */
  readonly alwaysNo: number | null
  /** Accuracy of predicting last year's history (persistence); the first year predicts none. */
  readonly sameAsLastYear: number | null
}

/** Whether a dyad-year is scored: the series covers it and both states existed. */
export const isScored = (d: DyadEvaluation, i: number) => d.outcome[i]! < NOT_COVERED

/** Scores the trivial rules on exactly the dyad-years the evaluation scores. */
export function trivialScores(e: Evaluation): TrivialScores {
  let scored = 0
  let none = 0
  let persisted = 0
  for (const d of e.dyads) {
    const h = d.history
    for (let i = 0; i < h.length; i++) {
      if (!isScored(d, i)) continue
      scored++
      if (!h[i]) none++
      if ((i > 0 ? h[i - 1]! : 0) === h[i]) persisted++
    }
  }
  return {
    alwaysNo: ratio(none, scored),
    sameAsLastYear: ratio(persisted, scored),
  }
}

/** An alliance starting (onset) or ending in history, and whether the model saw it coming. */
export interface Moment {
  readonly dyad: string
  readonly kind: 'onset' | 'end'
  /** The first allied year of an onset, the last allied year of an end. */
  readonly year: number
  /** The nearest year the model predicts the same change within the tolerance, or null. */
  readonly predicted: number | null
}

export interface MomentScore {
  readonly tolerance: number
  readonly onsets: { readonly caught: number; readonly total: number }
  readonly ends: { readonly caught: number; readonly total: number }
  /** Every onset and end in history, in dyad then year order. */
  readonly moments: readonly Moment[]
  /** Onsets and ends the model predicts with none in history within the tolerance. */
  readonly invented: number
}

/**
 * Years where a series starts (`onset`, the first allied year) or stops (`end`, the last one),
 * between two scored years of the pair (not into a year the series leaves out or a state was gone).
 */
function changesOf(s: Uint8Array, d: DyadEvaluation, kind: 'onset' | 'end'): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < s.length; i++) {
    if (!isScored(d, i) || !isScored(d, i + 1)) continue
    if (kind === 'onset' && !s[i] && s[i + 1]) out.push(i + 1)
    if (kind === 'end' && s[i] && !s[i + 1]) out.push(i)
  }
  return out
}

/**
 * Scores the moments that matter: each alliance onset and end in history counts as caught when
 * the model predicts the same change in the same pair within `tolerance` years. A series that is
 * allied in the first year has no onset there, and one allied in the last year no end.
 */
export function momentsOf(e: Evaluation, tolerance = 2): MomentScore {
  const first = e.compiled.firstYear
  const moments: Moment[] = []
  const tally = { onset: { caught: 0, total: 0 }, end: { caught: 0, total: 0 } }
  let invented = 0
  for (const d of e.dyads) {
    for (const kind of ['onset', 'end'] as const) {
      const real = changesOf(d.history, d, kind)
      const model = changesOf(d.predicted, d, kind)
      for (const i of real) {
        let best: number | null = null
        for (const j of model) {
          if (
            Math.abs(j - i) <= tolerance &&
            (best === null || Math.abs(j - i) < Math.abs(best - i))
          )
            best = j
        }
        tally[kind].total++
        if (best !== null) tally[kind].caught++
        moments.push({
          dyad: d.dyad.id,
          kind,
          year: first + i,
          predicted: best === null ? null : first + best,
        })
      }
      invented += model.filter((j) => !real.some((i) => Math.abs(j - i) <= tolerance)).length
    }
  }
  moments.sort((a, b) => (a.dyad === b.dyad ? a.year - b.year : 0))
  return { tolerance, onsets: tally.onset, ends: tally.end, moments, invented }
}
