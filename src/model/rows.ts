import { spanAt, THREAT_OF_CODE } from './compile'
import { ENGLISH_NAMES } from './labels'
import { caseSetOf } from './lifespan'
import { OUTCOMES, type DyadEvaluation, type Evaluation, type Outcome } from './evaluate'
import type {
  AtopObligation,
  CaseSet,
  Confidence,
  CowType,
  DyadField,
  Provenance,
  Regime,
  StateRecord,
  Threat,
} from './types'

/**
 * One dyad-year as researchers and the app's table see it. Column names and order are the CSV's
 * (`npm run data:csv` and the app's "Download data (CSV)" both write these rows).
 */
export interface DyadYearRow {
  readonly dyad: string
  readonly year: number
  readonly state_a: string
  readonly state_b: string
  readonly ideology_a: Regime
  readonly ideology_b: Regime
  readonly shared_ideology: 0 | 1
  readonly ideological_rift: 0 | 1
  readonly shared_threat: Threat
  readonly alliance_essay: 0 | 1
  readonly alliance_treaty_any: 0 | 1
  readonly alliance_treaty_defense: 0 | 1
  /** Empty in years COW does not cover. */
  readonly cow_type: CowType | ''
  /** The three ATOP columns are empty in years ATOP does not cover. */
  readonly atop_defense: 0 | 1 | ''
  readonly atop_nonaggression: 0 | 1 | ''
  readonly predicted: 0 | 1
  readonly outcome: Outcome
  readonly confidence: Confidence
  readonly sources: string
  readonly atop_consultation: 0 | 1 | ''
  readonly common_adversary: string
  readonly name_a: string
  readonly name_b: string
  readonly scenario_changed: 0 | 1
  readonly contested: string
  /**
   * The data version the row was read from, e.g. "2026.12"; empty for generated data; "your case"
   * for a pair the user added (it comes from no version of the data).
   */
  readonly data_version: string
  /** The body of cases the pair belongs to: `essay` or `out-of-sample`. */
  readonly case_set: CaseSet
  readonly atop_offense: 0 | 1 | ''
  readonly atop_neutrality: 0 | 1 | ''
}

export const ROW_COLUMNS = [
  'dyad',
  'year',
  'state_a',
  'state_b',
  'ideology_a',
  'ideology_b',
  'shared_ideology',
  'ideological_rift',
  'shared_threat',
  'alliance_essay',
  'alliance_treaty_any',
  'alliance_treaty_defense',
  'cow_type',
  'atop_defense',
  'atop_nonaggression',
  'predicted',
  'outcome',
  'confidence',
  'sources',
  'atop_consultation',
  'common_adversary',
  'name_a',
  'name_b',
  'scenario_changed',
  'contested',
  'data_version',
  'case_set',
  'atop_offense',
  'atop_neutrality',
] as const satisfies readonly (keyof DyadYearRow)[]

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 }

/** The lowest of several confidences. */
export function weakest(levels: readonly Confidence[]): Confidence {
  return levels.reduce<Confidence>(
    (lo, c) => (CONFIDENCE_RANK[c] < CONFIDENCE_RANK[lo] ? c : lo),
    'high',
  )
}

/**
 * A state's name in a year, in a language's names (the data's English by default); where two
 * names share a year, the later one. A state a user added keeps the name they gave it.
 */
export function stateName(state: StateRecord, year: number, names = ENGLISH_NAMES): string {
  let name = state.id
  for (let i = 0; i < state.names.length; i++) {
    const n = state.names[i]!
    if (n.from <= year && year <= n.to)
      name = (state.userCase ? undefined : names.periodName(state, i)) ?? n.name
  }
  return name
}

const bit = (v: boolean | number | undefined): 0 | 1 => (v ? 1 : 0)

/**
 * Builds the rows of an evaluation, dyad by dyad and year by year. `confidence` and `sources`
 * describe the codings that decide the row's outcome: both regimes, the threat, the rift and the
 * history series being scored.
 */
export function buildRows(e: Evaluation): DyadYearRow[] {
  return e.dyads.flatMap((de) => buildDyadRows(e, de))
}

/** The rows of one dyad. Depends only on that dyad's evaluation, so callers may cache by it. */
export function buildDyadRows(
  e: Pick<Evaluation, 'compiled' | 'settings' | 'scenario'>,
  de: DyadEvaluation,
): DyadYearRow[] {
  const { compiled: c, settings, scenario } = e
  const states = c.source.states
  const rows: DyadYearRow[] = []
  const rec = c.source.dyads[de.dyad.index]!
  const stateA = states[de.dyad.a]!
  const stateB = states[de.dyad.b]!
  const exists = de.dyad.exists
  for (let i = 0; i < c.yearCount; i++) {
    // A year one of the states did not live to see is not a dyad-year: it has no row.
    if (exists && !exists[i]) continue
    const year = c.firstYear + i
    const cell = <T extends { from: number; to: number }>(spans: readonly T[]) =>
      spanAt(spans, year)!
    const regimeA = cell(stateA.regime)
    const regimeB = cell(stateB.regime)
    const threat = cell(rec.threat)
    const fields: Readonly<Record<DyadField, Provenance>> = {
      threat,
      rift: cell(rec.rift),
      essay: cell(rec.essay),
      treaty_any: cell(rec.treaty_any),
      treaty_defense: cell(rec.treaty_defense),
      cow: cell(rec.cow),
      atop: cell(rec.atop),
    }
    const deciding = [regimeA, regimeB, threat, fields.rift, fields[settings.history]]
    const atop = cell(rec.atop).value
    const cow = cell(rec.cow).value
    const atopHas = (o: AtopObligation) => (atop === null ? '' : bit(atop.includes(o)))
    const contested = [
      ...(regimeA.contested ? ['regime_a'] : []),
      ...(regimeB.contested ? ['regime_b'] : []),
      ...Object.entries(fields).flatMap(([k, p]) => (p.contested ? [k] : [])),
    ]
    const changed =
      scenario.regime[stateA.id]?.[year] !== undefined ||
      scenario.regime[stateB.id]?.[year] !== undefined ||
      scenario.threat[rec.id]?.[year] !== undefined ||
      scenario.rift[rec.id]?.[year] !== undefined
    const effectiveThreat = THREAT_OF_CODE[de.threat[i]!]!
    rows.push({
      dyad: rec.id,
      year,
      state_a: stateA.id,
      state_b: stateB.id,
      ideology_a: de.communistA[i] ? 'communist' : 'non-communist',
      ideology_b: de.communistB[i] ? 'communist' : 'non-communist',
      shared_ideology: bit(de.sharedIdeology[i]),
      ideological_rift: bit(de.rift[i]),
      shared_threat: effectiveThreat,
      alliance_essay: bit(de.dyad.history.essay[i]),
      alliance_treaty_any: bit(de.dyad.history.treaty_any[i]),
      alliance_treaty_defense: bit(de.dyad.history.treaty_defense[i]),
      cow_type: cow ?? '',
      atop_defense: atopHas('defense'),
      atop_nonaggression: atopHas('nonaggression'),
      predicted: bit(de.predicted[i]),
      outcome: OUTCOMES[de.outcome[i]!]!,
      confidence: weakest(deciding.map((p) => p.confidence)),
      sources: [...new Set(deciding.flatMap((p) => p.sources))].sort(bySourceId).join(' '),
      atop_consultation: atopHas('consultation'),
      common_adversary:
        effectiveThreat === 'no' ? '' : (threat.adversary ?? (changed ? 'counterfactual' : '')),
      name_a: stateName(stateA, year),
      name_b: stateName(stateB, year),
      scenario_changed: bit(changed),
      contested: contested.join(' '),
      data_version: rec.userCase ? 'your case' : (c.source.version ?? ''),
      case_set: caseSetOf(rec),
      atop_offense: atopHas('offense'),
      atop_neutrality: atopHas('neutrality'),
    })
  }
  return rows
}

/** Orders ids like S2 < S10 < S68, letters first. */
function bySourceId(a: string, b: string): number {
  const [pa, na] = sourceKey(a)
  const [pb, nb] = sourceKey(b)
  return (pa === pb ? 0 : pa.localeCompare(pb)) || na - nb
}

// Each id's letters and number, worked out once: every row sorts its sources, and the regular
// expressions and the locale comparison made building the rows of a large dataset slow.
const sourceKeys = new Map<string, readonly [string, number]>()
function sourceKey(id: string): readonly [string, number] {
  let key = sourceKeys.get(id)
  if (!key) {
    key = [id.replace(/\d/g, ''), Number(id.replace(/\D/g, ''))]
    sourceKeys.set(id, key)
  }
  return key
}
