import type { Dataset, DyadRecord, StateRecord } from './types'
import { USER_CASE_MARK } from './user-cases'

/**
 * Everyday labels for states and dyads. A state may change its name: with a year in view, the
 * label is that period's ("China–Soviet Union" in 1975, "China–Russia" in 1995); without one, it
 * covers every period ("China–USSR / Russia"), so a Soviet year is never called Russian.
 * A state or pair a user added carries the words "(your case)" in every label, so it is never
 * taken for the built-in history, in any view, export or handout that names it.
 */
export interface Labels {
  /** A state's everyday name in `year`, or one that covers every period when no year is given. */
  readonly state: (id: string, year?: number) => string
  /** "A–B" from the states' everyday names, in `year` or over every period. */
  readonly dyad: (id: string, year?: number) => string
  /** A state's everyday name over `from`..`to`: the period's name if one covers every year. */
  readonly stateIn: (id: string, from: number, to: number) => string
  /** "A–B" over `from`..`to`, e.g. "Vietnam–Russia" for 1993–1995, "Vietnam–USSR / Russia" for 1985–1995. */
  readonly dyadIn: (id: string, from: number, to: number) => string
  readonly stateRecord: (id: string) => StateRecord | undefined
  readonly dyadRecord: (id: string) => DyadRecord | undefined
}

/**
 * The names in the language in use: a state's everyday name (`short`), a period's full and
 * everyday names (`periodName`, `periodShort`, by the period's index in `names`), and the words
 * that mark a user's case. Each returns undefined where it has no name of its own, and the data's
 * English is used.
 */
export interface NameTable {
  readonly short: (state: StateRecord) => string | undefined
  readonly periodName: (state: StateRecord, index: number) => string | undefined
  readonly periodShort: (state: StateRecord, index: number) => string | undefined
  readonly userCaseMark: string
}

/** The data's own names, in English. */
export const ENGLISH_NAMES: NameTable = {
  short: () => undefined,
  periodName: () => undefined,
  periodShort: () => undefined,
  userCaseMark: USER_CASE_MARK,
}

const shortOf = (state: StateRecord, names: NameTable) =>
  (state.userCase ? undefined : names.short(state)) ?? state.short

/** A state's everyday name in a year; where two periods share a year, the later one. */
export function shortNameAt(state: StateRecord, year: number, names = ENGLISH_NAMES): string {
  let short = shortOf(state, names)
  state.names.forEach((n, i) => {
    if (n.from <= year && year <= n.to) {
      short =
        n.short === undefined
          ? shortOf(state, names)
          : ((state.userCase ? undefined : names.periodShort(state, i)) ?? n.short)
    }
  })
  return short
}

/** A state's everyday name over a run of years: the period's if it is the same every year. */
export function shortNameOver(
  state: StateRecord,
  from: number,
  to: number,
  names = ENGLISH_NAMES,
): string {
  const [lo, hi] = from <= to ? [from, to] : [to, from]
  const first = shortNameAt(state, lo, names)
  for (let y = lo + 1; y <= hi; y++)
    if (shortNameAt(state, y, names) !== first) return shortOf(state, names)
  return first
}

const cache = new WeakMap<Dataset, Map<NameTable, Labels>>()

/** Labels for a dataset in a language's names (English by default), built once for each. */
export function labelsOf(dataset: Dataset, names: NameTable = ENGLISH_NAMES): Labels {
  let byNames = cache.get(dataset)
  if (!byNames) {
    byNames = new Map()
    cache.set(dataset, byNames)
  }
  let labels = byNames.get(names)
  if (!labels) {
    const states = new Map(dataset.states.map((s) => [s.id, s]))
    const dyads = new Map(dataset.dyads.map((d) => [d.id, d]))
    const mark = (r: { readonly userCase?: true }, name: string) =>
      r.userCase ? `${name} ${names.userCaseMark}` : name
    const stateName = (id: string, year?: number) => {
      const s = states.get(id)
      if (!s) return id
      return year === undefined ? shortOf(s, names) : shortNameAt(s, year, names)
    }
    const stateNameIn = (id: string, from: number, to: number) => {
      const s = states.get(id)
      return s ? shortNameOver(s, from, to, names) : id
    }
    const state = (id: string, year?: number) => {
      const s = states.get(id)
      return s ? mark(s, stateName(id, year)) : id
    }
    const stateIn = (id: string, from: number, to: number) => {
      const s = states.get(id)
      return s ? mark(s, stateNameIn(id, from, to)) : id
    }
    labels = {
      state,
      dyad: (id, year) => {
        const d = dyads.get(id)
        // One mark for the pair: a user's state is only ever in a user's pair.
        return d ? mark(d, `${stateName(d.a, year)}–${stateName(d.b, year)}`) : id
      },
      stateIn,
      dyadIn: (id, from, to) => {
        const d = dyads.get(id)
        return d ? mark(d, `${stateNameIn(d.a, from, to)}–${stateNameIn(d.b, from, to)}`) : id
      },
      stateRecord: (id) => states.get(id),
      dyadRecord: (id) => dyads.get(id),
    }
    byNames.set(names, labels)
  }
  return labels
}
