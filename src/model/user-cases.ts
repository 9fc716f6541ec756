import type { Dataset, DyadRecord, Source, StateRecord } from './types'

/**
 * A user's own cases: states, pairs and the sources they cite, coded exactly like the built-in
 * history (one span list per field, covering every year of the data once). They are read and
 * checked in `@/share/user-cases`; here they are only joined to the history. The built-in records
 * are never changed: a user case can add a state or a pair, never redefine one.
 */
export interface UserCases {
  readonly sources: readonly Source[]
  readonly states: readonly StateRecord[]
  readonly dyads: readonly DyadRecord[]
}

export const NO_USER_CASES: UserCases = Object.freeze({
  sources: Object.freeze([]) as readonly Source[],
  states: Object.freeze([]) as readonly StateRecord[],
  dyads: Object.freeze([]) as readonly DyadRecord[],
})

/** The words that mark a user's state or pair wherever its name is shown. */
export const USER_CASE_MARK = '(your case)'

export const hasUserCases = (cases: UserCases) =>
  cases.sources.length + cases.states.length + cases.dyads.length > 0

/** The built-in history of a dataset that may hold user cases: their records left out. */
export function builtInOf(dataset: Dataset): Dataset {
  if (!dataset.states.some((s) => s.userCase) && !dataset.dyads.some((d) => d.userCase))
    return dataset
  const userSources = new Set(userSourcesOf(dataset))
  return {
    ...dataset,
    sources: dataset.sources.filter((s) => !userSources.has(s.id)),
    states: dataset.states.filter((s) => !s.userCase),
    dyads: dataset.dyads.filter((d) => !d.userCase),
  }
}

const userSourceIds = new WeakMap<Dataset, readonly string[]>()
const userSourcesOf = (d: Dataset) => userSourceIds.get(d) ?? []

const cache = new WeakMap<Dataset, WeakMap<UserCases, Dataset>>()

/**
 * The built-in history with a user's cases after it: the same built-in records (shared, not
 * copied), then the user's, each marked `userCase`. The cases must have passed the check in
 * `@/share/user-cases`. Built once per pair of objects.
 */
export function withUserCases(builtIn: Dataset, cases: UserCases): Dataset {
  if (!hasUserCases(cases)) return builtIn
  let byCases = cache.get(builtIn)
  if (!byCases) cache.set(builtIn, (byCases = new WeakMap()))
  let joined = byCases.get(cases)
  if (!joined) {
    joined = {
      ...builtIn,
      sources: [...builtIn.sources, ...cases.sources],
      states: [...builtIn.states, ...cases.states.map((s) => ({ ...s, userCase: true as const }))],
      dyads: [...builtIn.dyads, ...cases.dyads.map((d) => ({ ...d, userCase: true as const }))],
    }
    userSourceIds.set(
      joined,
      cases.sources.map((s) => s.id),
    )
    byCases.set(cases, joined)
  }
  return joined
}

/**
 * `added` joined to `cases`: a state, pair or source with the id of one already there replaces
 * it, in its place; new ones go after.
 */
export function mergeUserCases(cases: UserCases, added: UserCases): UserCases {
  const merge = <T extends { readonly id: string }>(old: readonly T[], neu: readonly T[]) => {
    const byId = new Map(neu.map((x) => [x.id, x]))
    const kept = old.map((x) => byId.get(x.id) ?? x)
    const had = new Set(old.map((x) => x.id))
    return [...kept, ...neu.filter((x) => !had.has(x.id))]
  }
  return {
    sources: merge(cases.sources, added.sources),
    states: merge(cases.states, added.states),
    dyads: merge(cases.dyads, added.dyads),
  }
}

/**
 * The cases without the state or pair `id`. Taking out a state takes out the user's pairs that
 * join it too (they could not be evaluated without it); sources stay while other cases may cite
 * them, and go with the last case.
 */
export function removeUserCase(cases: UserCases, id: string): UserCases {
  const states = cases.states.filter((s) => s.id !== id)
  const dyads = cases.dyads.filter((d) => d.id !== id && d.a !== id && d.b !== id)
  if (states.length === cases.states.length && dyads.length === cases.dyads.length) return cases
  if (states.length + dyads.length === 0) return NO_USER_CASES
  return { ...cases, states, dyads }
}
