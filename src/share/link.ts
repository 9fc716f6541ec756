import { DATA_VERSION, parseDataVersion } from '@/data/version'
import { translator } from '@/i18n/catalogue'
import { capProblems } from '@/lib/text'
import { z } from '@/lib/zod'
import { changesToScenario } from '@/model/changes'
import type { CompiledDataset } from '@/model/compile'
import { DEFAULT_SETTINGS, MAX_LAG, type ModelSettings } from '@/model/evaluate'
import { clip, LIMITS } from '@/model/limits'
import { LAYER_VALUES, LAYERS, type Change, type Layer } from '@/model/scenario'
import { LAYER, OUTCOME } from '@/model/vocabulary'
import type { ViewState } from '@/store/explorer-store'
import { ChangeSchema, SettingsSchema, ViewSchema } from './schema'
import { LINK_VERSION, PAGE_PARTS } from './link-write'
import { linkWords } from './link.en'
import { defaultView, type Session } from './session'

export { encodeLink, LINK_VERSION } from './link-write'

/*
 * The shareable link: the whole session in the URL fragment, compact and readable, e.g.
 *   #v=1&d=2026.12&r=RUS:c1992-2026&t=VNM-RUS:n1993,y1995-1996&rule=security-only&years=1950-2000
 * Only what differs from a fresh page is written. Parts:
 *   v        format version (LINK_VERSION)
 *   d        the data version the link was made on (DATA_VERSION); a link without one was made on
 *            the data from before versions were recorded
 *   r, t, f  regime, threat and rift changes (the layers' codes in the vocabulary):
 *            ENTITY:RUNS;ENTITY:RUNS, a run being a value's code and a year or span (regime c/n,
 *            threat y/n/c, rift o = open rift, x = no rift)
 *   rule, lag, ideo, contested, hist   model settings
 *   step, mode, chart   the page: the lesson step (explore, debate, check), the presets shown
 *            as buttons or as exercises (show, predict) and the Explore chart (timeline, network)
 *   years, hide, focus, pair, out, div, q   the view: year range, hidden pairs, focused dyad-year,
 *            table filters (pair, outcome, diverging only, search)
 * Decoding never throws: it keeps what it can read and lists the rest as problems, in words. Every
 * value it keeps has passed the same schema as files and the autosave (`./schema`), so whatever a
 * link opens can be saved.
 */

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

export interface DecodedLink {
  /** What could be read, over a fresh page; null when the link holds nothing usable. */
  readonly session: Session | null
  /** Each part that could not be read, in words. Empty for a clean link. */
  readonly problems: readonly string[]
  /** The data version the link was made on; null when it names none (older links) or a bad one. */
  readonly dataVersion: string | null
}

/** The words for each layer in a problem, in the language in use. */
const NAME = {
  regime: 'layer.regime',
  threat: 'layer.threat',
  rift: 'layer.rift',
} as const satisfies Record<Layer, string>

const KNOWN = new Set([
  'v',
  'd',
  ...LAYERS.map(LAYER.code),
  'cases',
  'rule',
  'lag',
  'ideo',
  'contested',
  'hist',
  ...PAGE_PARTS.map(([key]) => key),
  'years',
  'hide',
  'focus',
  'pair',
  'out',
  'div',
  'q',
])

/** Each setting's part in the link and the schema of its value, as files and the autosave check it. */
const SettingValue = {
  cases: SettingsSchema.shape.cases.unwrap(),
  rule: SettingsSchema.shape.rule,
  ideo: SettingsSchema.shape.ideology,
  contested: SettingsSchema.shape.contestedThreat,
  hist: SettingsSchema.shape.history,
  lag: z.coerce.number().pipe(SettingsSchema.shape.lag),
}
const options = (schema: { options: readonly string[] }) => schema.options.join(', ')

const RUN = /^([a-z])(\d{1,4})(?:-(\d{1,4}))?$/

/** Reads a link fragment (with or without '#'). Never throws. */
export function decodeLink(hash: string, c: CompiledDataset): DecodedLink {
  // Problems are written in the language in use when the link is read; numbers and years as the
  // link has them.
  const t = translator(linkWords)
  if (hash.length > MAX_LINK_CHARS) {
    return {
      session: null,
      problems: [
        t('too-long', {
          kb: String(Math.round(hash.length / 1000)),
          max: String(MAX_LINK_CHARS / 1000),
        }),
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
      problems.push(t('part.not-text', { key }))
      continue
    }
    if (!KNOWN.has(key)) problems.push(t('part.unknown', { key }))
    else if (key in parts) problems.push(t('part.twice', { key }))
    else parts[key] = value
  }
  const version = parts.v === undefined ? NaN : Number(parts.v)
  if (parts.v === undefined) {
    problems.push(t('version.missing'))
  } else if (!Number.isInteger(version) || version < 1) {
    problems.push(t('version.unknown', { v: parts.v }))
  } else if (version > LINK_VERSION) {
    problems.push(t('version.newer', { version: String(version), current: String(LINK_VERSION) }))
  } else if (version < LINK_VERSION) {
    parts = migrateLink(parts, version)
  }

  let dataVersion: string | null = null
  if (parts.d !== undefined) {
    if (parseDataVersion(parts.d)) dataVersion = parts.d
    else problems.push(t('data-version.bad', { d: parts.d, example: DATA_VERSION }))
  }

  // Scenario changes.
  const changes: Change[] = []
  for (const layer of LAYERS) {
    const raw = parts[LAYER.code(layer)]
    if (raw === undefined) continue
    const name = t(NAME[layer])
    for (const group of raw.split(';').filter(Boolean)) {
      const [id, runs, ...extra] = group.split(':')
      const known = layer === 'regime' ? c.stateIndex.has(id ?? '') : c.dyadIndex.has(id ?? '')
      if (!id || runs === undefined || extra.length > 0) {
        problems.push(t('change.form', { layer: name, group }))
        continue
      }
      if (!known) {
        problems.push(
          t(layer === 'regime' ? 'change.unknown-state' : 'change.unknown-pair', {
            id,
            layer: name,
          }),
        )
        continue
      }
      for (const run of runs.split(',')) {
        const m = RUN.exec(run)
        const value = m ? LAYER_VALUES[layer].ofCode(m[1]!) : undefined
        if (!m || value === undefined) {
          problems.push(t('run.bad', { id, layer: name, run }))
          continue
        }
        const from = Number(m[2])
        const to = m[3] === undefined ? from : Number(m[3])
        if (from > to) {
          problems.push(t('run.backwards', { id, layer: name, from: String(from), to: String(to) }))
          continue
        }
        if (from < c.firstYear || to > c.lastYear) {
          problems.push(
            t('run.outside', {
              id,
              layer: name,
              years: from === to ? String(from) : `${from}–${to}`,
              first: String(c.firstYear),
              last: String(c.lastYear),
            }),
          )
          continue
        }
        const change = ChangeSchema.safeParse({ layer, id, from, to, value })
        if (change.success) changes.push(change.data)
        else problems.push(t('run.unreadable', { id, layer: name, run }))
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
    else problems.push(t('setting.bad', { key, value: parts[key], valid }))
  }
  setting('cases', (v) => (settings.cases = v), options(SettingValue.cases))
  setting('rule', (v) => (settings.rule = v), options(SettingValue.rule))
  setting('lag', (v) => (settings.lag = v), t('setting.lag', { max: String(MAX_LAG) }))
  setting('ideo', (v) => (settings.ideology = v), options(SettingValue.ideo))
  setting('contested', (v) => (settings.contestedThreat = v), options(SettingValue.contested))
  setting('hist', (v) => (settings.history = v), options(SettingValue.hist))

  // View.
  const view: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...defaultView(c) }
  for (const [key, field] of PAGE_PARTS) {
    if (parts[key] === undefined) continue
    const schema = ViewSchema.shape[field].unwrap()
    const r = schema.safeParse(parts[key])
    if (r.success) Object.assign(view, { [field]: r.data })
    else problems.push(t('page.bad', { key, value: parts[key], valid: schema.options.join(', ') }))
  }
  if (parts.years !== undefined) {
    const m = /^(\d{4})-(\d{4})$/.exec(parts.years)
    const [from, to] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN]
    if (m && from <= to && from >= c.firstYear && to <= c.lastYear)
      Object.assign(view, { yearFrom: from, yearTo: to })
    else
      problems.push(
        t('years.bad', {
          value: parts.years,
          first: String(c.firstYear),
          last: String(c.lastYear),
        }),
      )
  }
  if (parts.hide !== undefined) {
    const ids = [...new Set(parts.hide.split(',').filter(Boolean))]
    for (const id of ids) if (!c.dyadIndex.has(id)) problems.push(t('hide.unknown', { id }))
    view.hiddenDyads = ids.filter((id) => c.dyadIndex.has(id)).slice(0, LIMITS.hiddenPairs)
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
    } else problems.push(t('focus.bad', { value: parts.focus }))
  }
  const table = { ...view.table }
  if (parts.pair !== undefined) {
    if (c.dyadIndex.has(parts.pair)) table.dyad = parts.pair
    else problems.push(t('pair.unknown', { id: parts.pair }))
  }
  if (parts.out !== undefined) {
    const outs = parts.out.split(',')
    const valid = [...new Set(outs.filter(OUTCOME.has))]
    if (valid.length < outs.length)
      problems.push(t('out.bad', { value: parts.out, valid: OUTCOME.values.join(', ') }))
    table.outcomes = valid
  }
  if (parts.div !== undefined) table.divergentOnly = parts.div === '1'
  if (parts.q !== undefined) table.search = clip(parts.q, LIMITS.search)
  view.table = table
  // Whatever was read is what a file or the autosave would accept; a view that is not (a bug) is
  // left as a fresh page's rather than kept where it could not be saved.
  const checked = ViewSchema.safeParse(view)
  if (!checked.success) {
    problems.push(t('view.bad'))
    Object.assign(view, defaultView(c))
  }

  const scenario = changesToScenario(c, changes)
  const usable = Object.keys(parts).some((k) => k !== 'v' && k !== 'd' && KNOWN.has(k))
  return {
    session: usable ? { scenario, settings, view } : null,
    problems: capProblems(problems, 5, (more) => t('more', { n: more, count: String(more) })),
    dataVersion,
  }
}
