import type { Confusion, Evaluation } from './evaluate'

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
