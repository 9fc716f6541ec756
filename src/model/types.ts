/**
 * The vocabulary of the theory and of its dataset. Plain, readonly data: no behaviour lives here.
 *
 * Words used everywhere (types, UI labels, docs): a *state* has a *regime* per year; a *dyad* is a
 * pair of states with a *shared threat* and an *ideological rift* per year, and several *history
 * series* that say whether the pair was allied. A *scenario* is a patch over those inputs.
 */

import {
  SERIES,
  type AtopObligation,
  type CaseSet,
  type Confidence,
  type CowType,
  type HistorySeries,
  type Regime,
  type Threat,
} from './vocabulary'

/** The value sets live in `vocabulary.ts`; their types are re-exported here for convenience. */
export type {
  AtopObligation,
  CaseScope,
  CaseSet,
  Confidence,
  CowType,
  HistorySeries,
  Regime,
  Threat,
} from './vocabulary'

/**
 * A dataset series' value in a year it does not cover (COW v4.1 ends in 2012, ATOP v5.1 in 2018).
 * Not covered is not "no alliance": the year is left out when that series is the history.
 */
export type NotCovered = null

export const HISTORY_SERIES: readonly HistorySeries[] = SERIES.values

/** Where a coding comes from and how far to trust it. */
export interface Provenance {
  /** One line, in our own words. */
  readonly rationale: string
  /** Ids into the dataset's source list. */
  readonly sources: readonly string[]
  readonly confidence: Confidence
  /** Present when sources or readings disagree: names the other reading. */
  readonly contested?: string
}

/** A run of years, both included. */
export interface YearRange {
  readonly from: number
  readonly to: number
}

/** A coding that holds for every year from `from` to `to`, both included. */
export interface Span<T> extends Provenance {
  readonly from: number
  readonly to: number
  readonly value: T
}

export interface ThreatSpan extends Span<Threat> {
  /** The common adversary, required unless the value is `no`. */
  readonly adversary?: string
}

export interface NameSpan {
  readonly from: number
  readonly to: number
  /** The full name, e.g. "Soviet Union", "Socialist Republic of Vietnam". */
  readonly name: string
  /** The everyday name in labels for these years, e.g. "Soviet Union"; else the state's `short`. */
  readonly short?: string
}

export interface StateRecord {
  readonly id: string
  /**
   * A short everyday name that covers every period, for labels with no single year in view, e.g.
   * "Vietnam", "USSR / Russia". A period's own `short` names it when a year is in view.
   */
  readonly short: string
  /** Names per period; where two periods share a year, the later name is used for that year. */
  readonly names: readonly NameSpan[]
  /**
   * The years the state existed, both included, when that is not the whole dataset (Yugoslavia
   * ends in 1992). Outside them no regime, name or pair is coded: those are not state-years.
   */
  readonly lifespan?: YearRange & Provenance
  /** Regimes per year, covering the lifespan once. */
  readonly regime: readonly Span<Regime>[]
  /** Set on a state a user added (see `user-cases.ts`); never on the built-in history. */
  readonly userCase?: true
}

export interface DyadRecord {
  /** `${a}-${b}`, in the order the project names the pair (focal state first). */
  readonly id: string
  readonly a: string
  readonly b: string
  /** The body of cases the pair belongs to; `essay` when absent. */
  readonly caseSet?: CaseSet
  readonly threat: readonly ThreatSpan[]
  /** Open doctrinal or organisational conflict between the two ruling parties. */
  readonly rift: readonly Span<boolean>[]
  /** The essay's own alliance coding. */
  readonly essay: readonly Span<boolean>[]
  /** Any bilateral treaty with a security, consultation or support clause in force. */
  readonly treaty_any: readonly Span<boolean>[]
  /** A bilateral treaty with an explicit mutual-defence clause in force. */
  readonly treaty_defense: readonly Span<boolean>[]
  /** `null` in years COW does not cover. */
  readonly cow: readonly Span<CowType | NotCovered>[]
  /** `null` in years ATOP does not cover. */
  readonly atop: readonly Span<readonly AtopObligation[] | NotCovered>[]
  /** Set on a pair a user added (see `user-cases.ts`); never on the built-in history. */
  readonly userCase?: true
}

/**
 * The coded fields of a dyad, each a list of spans that covers every year both states existed
 * exactly once (see `dyadLifespan`).
 */
export type DyadField = 'threat' | 'rift' | HistorySeries

export const DYAD_FIELDS: readonly DyadField[] = ['threat', 'rift', ...HISTORY_SERIES]

/**
 * A work the dataset cites. `title` is a full citation a reader can find the work by; `url`, when
 * present, is an https link to a canonical page for it (publisher, DOI, dataset site, archive). A
 * printed book with no such page has no url.
 */
export interface Source {
  readonly id: string
  readonly title: string
  readonly url?: string
}

export interface Dataset {
  /** The data version, e.g. "2026.12", recorded in every CSV row; absent for generated data. */
  readonly version?: string
  readonly firstYear: number
  readonly lastYear: number
  readonly sources: readonly Source[]
  readonly states: readonly StateRecord[]
  readonly dyads: readonly DyadRecord[]
}
