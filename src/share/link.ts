import { DATA_VERSION, parseDataVersion } from '@/data/version'
import { capProblems } from '@/lib/text'
import { z } from '@/lib/zod'
import { changesToScenario, scenarioToChanges } from '@/model/changes'
import type { CompiledDataset } from '@/model/compile'
import {
  CONTESTED_READINGS,
  DEFAULT_SETTINGS,
  IDEOLOGY_READINGS,
  MAX_LAG,
  OUTCOMES,
  RULES,
  type ModelSettings,
  type Outcome,
} from '@/model/evaluate'
import type { PresetChange } from '@/model/presets'
import { HISTORY_SERIES } from '@/model/types'
import type { ViewState } from '@/store/explorer-store'
import { defaultView, type Session } from './session'

/*
 * The shareable link: the whole session in the URL fragment, compact and readable, e.g.
 *   #v=1&d=2026.12&r=RUS:c1992-2026&t=VNM-RUS:n1993,y1995-1996&rule=security-only&years=1950-2000
 * Only what differs from a fresh page is written. Parts:
 *   v        format version (LINK_VERSION)
 *   d        the data version the link was made on (DATA_VERSION); a link without one was made on
 *            the data from before versions were recorded
 *   r, t, f  regime, threat and rift changes: ENTITY:RUNS;ENTITY:RUNS, a run being a value letter
 *            and a year or span (regime c/n, threat y/n/c, rift o = open rift, x = no rift)
 *   rule, lag, ideo, contested, hist   model settings
 *   years, hide, focus, pair, out, div, q   the view: year range, hidden pairs, focused dyad-year,
 *            table filters (pair, outcome, diverging only, search)
 * Decoding never throws: it keeps what it can read and lists the rest as problems, in words.
 */

export const LINK_VERSION = 1

/** The longest link fragment read at all; anything longer is refused at once, unread. */
export const MAX_LINK_CHARS = 200_000

type LinkParts = Record<string, string>

/**
 * Upgrades the parts of an older link, one version at a time. Version 1 is the first format, so
 * the list is empty; a future format change adds `{ from: 1, run: (parts) => … }` here.
 */
export const LINK_MIGRATIONS: { from: number; run: (parts: LinkParts) => LinkParts }[] = []

export function migrateLink(
  parts: LinkParts,
  version: number,
  migrations = LINK_MIGRATIONS,
): LinkParts {
  let out = parts
  for (const m of [...migrations].sort((a, b) => a.from - b.from)) {
    if (m.from >= version && m.from < LINK_VERSION) out = m.run(out)
  }
  return out
}

const CODE: Readonly<Record<PresetChange['layer'], Readonly<Record<string, string>>>> = {
  regime: { communist: 'c', 'non-communist': 'n' },
  threat: { yes: 'y', no: 'n', contested: 'c' },
  rift: { true: 'o', false: 'x' },
}
const LAYER_KEY = { regime: 'r', threat: 't', rift: 'f' } as const
const NAME = { regime: 'regime', threat: 'threat', rift: 'party rift' } as const

function encodeChanges(changes: readonly PresetChange[], layer: PresetChange['layer']): string {
  const byId = new Map<string, string[]>()
  for (const ch of changes) {
    if (ch.layer !== layer) continue
    const years = ch.from === ch.to ? `${ch.from}` : `${ch.from}-${ch.to}`
    byId.set(ch.id, [...(byId.get(ch.id) ?? []), `${CODE[layer][String(ch.value)]}${years}`])
  }
  return [...byId].map(([id, runs]) => `${id}:${runs.join(',')}`).join(';')
}

/** The link fragment (without '#') for a session; empty for a fresh page. */
export function encodeLink(session: Session, c: CompiledDataset): string {
  const parts: [string, string][] = [
    ['v', String(LINK_VERSION)],
    ['d', DATA_VERSION],
  ]
  const changes = scenarioToChanges(session.scenario)
  for (const layer of ['regime', 'threat', 'rift'] as const) {
    const text = encodeChanges(changes, layer)
    if (text) parts.push([LAYER_KEY[layer], text])
  }
  const s = session.settings
  if (s.rule !== DEFAULT_SETTINGS.rule) parts.push(['rule', s.rule])
  if (s.lag !== DEFAULT_SETTINGS.lag) parts.push(['lag', String(s.lag)])
  if (s.ideology !== DEFAULT_SETTINGS.ideology) parts.push(['ideo', s.ideology])
  if (s.contestedThreat !== DEFAULT_SETTINGS.contestedThreat)
    parts.push(['contested', s.contestedThreat])
  if (s.history !== DEFAULT_SETTINGS.history) parts.push(['hist', s.history])
  const v = session.view
  if (v.yearFrom !== c.firstYear || v.yearTo !== c.lastYear)
    parts.push(['years', `${v.yearFrom}-${v.yearTo}`])
  if (v.hiddenDyads.length > 0) parts.push(['hide', [...v.hiddenDyads].sort().join(',')])
  if (v.focus) parts.push(['focus', `${v.focus.dyad}:${v.focus.year}`])
  if (v.table.dyad) parts.push(['pair', v.table.dyad])
  if (v.table.outcomes.length > 0) parts.push(['out', v.table.outcomes.join(',')])
  if (v.table.divergentOnly) parts.push(['div', '1'])
  if (v.table.search) parts.push(['q', encodeURIComponent(v.table.search)])
  return parts.length === 2 ? '' : parts.map(([k, val]) => `${k}=${val}`).join('&')
}

export interface DecodedLink {
  /** What could be read, over a fresh page; null when the link holds nothing usable. */
  readonly session: Session | null
  /** Each part that could not be read, in words. Empty for a clean link. */
  readonly problems: readonly string[]
  /** The data version the link was made on; null when it names none (older links) or a bad one. */
  readonly dataVersion: string | null
}

const KNOWN = new Set([
  'v',
  'd',
  'r',
  't',
  'f',
  'rule',
  'lag',
  'ideo',
  'contested',
  'hist',
  'years',
  'hide',
  'focus',
  'pair',
  'out',
  'div',
  'q',
])

const SettingValue = {
  rule: z.enum(RULES),
  ideo: z.enum(IDEOLOGY_READINGS),
  contested: z.enum(CONTESTED_READINGS),
  hist: z.enum(HISTORY_SERIES),
  lag: z.coerce.number().int().min(0).max(MAX_LAG),
}

const RUN = /^([a-z])(\d{1,4})(?:-(\d{1,4}))?$/

/** Reads a link fragment (with or without '#'). Never throws. */
export function decodeLink(hash: string, c: CompiledDataset): DecodedLink {
  if (hash.length > MAX_LINK_CHARS) {
    return {
      session: null,
      problems: [
        `the link is ${Math.round(hash.length / 1000)} kB long, more than any link the explorer makes (${MAX_LINK_CHARS / 1000} kB at most), so it was not read`,
      ],
      dataVersion: null,
    }
  }
  const text = hash.replace(/^#/, '').trim()
  if (!text) return { session: null, problems: [], dataVersion: null }
  const problems: string[] = []
  let parts: LinkParts = {}
  for (const piece of text.split('&')) {
    if (!piece) continue
    const eq = piece.indexOf('=')
    const key = eq < 0 ? piece : piece.slice(0, eq)
    let value = eq < 0 ? '' : piece.slice(eq + 1)
    try {
      value = decodeURIComponent(value)
    } catch {
      problems.push(`the part "${key}" is not valid text and was ignored`)
      continue
    }
    if (!KNOWN.has(key))
      problems.push(`the part "${key}" is not one this version knows and was ignored`)
    else if (key in parts) problems.push(`the part "${key}" appears twice; the first was used`)
    else parts[key] = value
  }
  const version = parts.v === undefined ? NaN : Number(parts.v)
  if (parts.v === undefined) {
    problems.push('the link has no format version (v=1); it was read as version 1')
  } else if (!Number.isInteger(version) || version < 1) {
    problems.push(`the link's format version "v=${parts.v}" is unknown; it was read as version 1`)
  } else if (version > LINK_VERSION) {
    problems.push(
      `the link was made by a newer version of the explorer (format ${version}); only the parts this version (format ${LINK_VERSION}) understands were read`,
    )
  } else if (version < LINK_VERSION) {
    parts = migrateLink(parts, version)
  }

  let dataVersion: string | null = null
  if (parts.d !== undefined) {
    if (parseDataVersion(parts.d)) dataVersion = parts.d
    else
      problems.push(
        `"d=${parts.d}" is not a data version (such as ${DATA_VERSION}); the link was read as made on older data`,
      )
  }

  // Scenario changes.
  const changes: PresetChange[] = []
  for (const layer of ['regime', 'threat', 'rift'] as const) {
    const raw = parts[LAYER_KEY[layer]]
    if (raw === undefined) continue
    const letters = Object.fromEntries(Object.entries(CODE[layer]).map(([v, l]) => [l, v]))
    for (const group of raw.split(';').filter(Boolean)) {
      const [id, runs, ...extra] = group.split(':')
      const known = layer === 'regime' ? c.stateIndex.has(id ?? '') : c.dyadIndex.has(id ?? '')
      if (!id || runs === undefined || extra.length > 0) {
        problems.push(
          `the ${NAME[layer]} change "${group}" is not in the form ID:RUNS and was ignored`,
        )
        continue
      }
      if (!known) {
        problems.push(
          `the link names an unknown ${layer === 'regime' ? 'state' : 'pair'} "${id}" (${NAME[layer]}); it was ignored`,
        )
        continue
      }
      for (const run of runs.split(',')) {
        const m = RUN.exec(run)
        const value = m ? letters[m[1]!] : undefined
        if (!m || value === undefined) {
          problems.push(
            `${id} ${NAME[layer]}: "${run}" is not a value and a year or span; it was ignored`,
          )
          continue
        }
        const from = Number(m[2])
        const to = m[3] === undefined ? from : Number(m[3])
        if (from > to) {
          problems.push(
            `${id} ${NAME[layer]}: the span ${from}–${to} ends before it starts; ignored`,
          )
          continue
        }
        if (from < c.firstYear || to > c.lastYear) {
          problems.push(
            `${id} ${NAME[layer]}: years ${from === to ? from : `${from}–${to}`} are outside ${c.firstYear}–${c.lastYear}; ignored`,
          )
          continue
        }
        changes.push({
          layer,
          id,
          from,
          to,
          value: layer === 'rift' ? value === 'true' : value,
        } as PresetChange)
      }
    }
  }

  // Settings.
  const settings: { -readonly [K in keyof ModelSettings]: ModelSettings[K] } = {
    ...DEFAULT_SETTINGS,
  }
  const setting = <K extends keyof typeof SettingValue>(
    key: K,
    apply: (v: z.infer<(typeof SettingValue)[K]>) => void,
    valid: string,
  ) => {
    if (parts[key] === undefined) return
    const r = SettingValue[key].safeParse(parts[key])
    if (r.success) apply(r.data as z.infer<(typeof SettingValue)[K]>)
    else
      problems.push(`"${key}=${parts[key]}" is not valid (expected ${valid}); the default was kept`)
  }
  setting('rule', (v) => (settings.rule = v), RULES.join(', '))
  setting('lag', (v) => (settings.lag = v), `a whole number from 0 to ${MAX_LAG}`)
  setting('ideo', (v) => (settings.ideology = v), IDEOLOGY_READINGS.join(', '))
  setting('contested', (v) => (settings.contestedThreat = v), CONTESTED_READINGS.join(', '))
  setting('hist', (v) => (settings.history = v), HISTORY_SERIES.join(', '))

  // View.
  const view: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...defaultView(c) }
  if (parts.years !== undefined) {
    const m = /^(\d{4})-(\d{4})$/.exec(parts.years)
    const [from, to] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN]
    if (m && from <= to && from >= c.firstYear && to <= c.lastYear)
      Object.assign(view, { yearFrom: from, yearTo: to })
    else
      problems.push(
        `"years=${parts.years}" is not a span within ${c.firstYear}–${c.lastYear}; all years are shown`,
      )
  }
  if (parts.hide !== undefined) {
    const ids = parts.hide.split(',').filter(Boolean)
    for (const id of ids)
      if (!c.dyadIndex.has(id)) problems.push(`"hide" names an unknown pair "${id}"; ignored`)
    view.hiddenDyads = ids.filter((id) => c.dyadIndex.has(id))
  }
  if (parts.focus !== undefined) {
    const [dyad, year] = parts.focus.split(':')
    if (
      dyad &&
      c.dyadIndex.has(dyad) &&
      Number(year) >= c.firstYear &&
      Number(year) <= c.lastYear
    ) {
      view.focus = { dyad, year: Number(year) }
    } else problems.push(`"focus=${parts.focus}" is not a known pair and year; ignored`)
  }
  const table = { ...view.table }
  if (parts.pair !== undefined) {
    if (c.dyadIndex.has(parts.pair)) table.dyad = parts.pair
    else problems.push(`"pair" names an unknown pair "${parts.pair}"; ignored`)
  }
  if (parts.out !== undefined) {
    const outs = parts.out.split(',')
    const valid = outs.filter((o): o is Outcome => (OUTCOMES as readonly string[]).includes(o))
    if (valid.length < outs.length)
      problems.push(
        `"out=${parts.out}" has outcomes other than ${OUTCOMES.join(', ')}; those were ignored`,
      )
    table.outcomes = valid
  }
  if (parts.div !== undefined) table.divergentOnly = parts.div === '1'
  if (parts.q !== undefined) table.search = parts.q.slice(0, 100)
  view.table = table

  const scenario = changesToScenario(c, changes)
  const usable = Object.keys(parts).some((k) => k !== 'v' && k !== 'd' && KNOWN.has(k))
  return {
    session: usable ? { scenario, settings, view } : null,
    problems: capProblems(problems),
    dataVersion,
  }
}
