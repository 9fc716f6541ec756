import type { Dataset, DyadRecord, StateRecord } from './types'

/** Everyday labels for states and dyads, e.g. "Vietnam–Russia". */
export interface Labels {
  readonly state: (id: string) => string
  readonly dyad: (id: string) => string
  readonly stateRecord: (id: string) => StateRecord | undefined
  readonly dyadRecord: (id: string) => DyadRecord | undefined
}

const cache = new WeakMap<Dataset, Labels>()

/** Labels for a dataset, built once per dataset. */
export function labelsOf(dataset: Dataset): Labels {
  let labels = cache.get(dataset)
  if (!labels) {
    const states = new Map(dataset.states.map((s) => [s.id, s]))
    const dyads = new Map(dataset.dyads.map((d) => [d.id, d]))
    const state = (id: string) => states.get(id)?.short ?? id
    labels = {
      state,
      dyad: (id) => {
        const d = dyads.get(id)
        return d ? `${state(d.a)}–${state(d.b)}` : id
      },
      stateRecord: (id) => states.get(id),
      dyadRecord: (id) => dyads.get(id),
    }
    cache.set(dataset, labels)
  }
  return labels
}
