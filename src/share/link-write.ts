import { DATA_VERSION } from '@/data/version'
import { scenarioToChanges } from '@/model/changes'
import type { CompiledDataset } from '@/model/compile'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { LAYER_VALUES, LAYERS, type Change, type Layer } from '@/model/scenario'
import { LAYER } from '@/model/vocabulary'
import type { ExplorerState } from '@/store/explorer-store'
import { defaultView, sessionOf, type Session } from './session'

/*
 * Writes the shareable link (its format is described in link.ts, which reads it). Writing needs no
 * schema, so it loads with the page; the reader loads when there is a link to read.
 */

export const LINK_VERSION = 1

/** The page's parts of the view, each a word from a short list, and its key in the link. */
export const PAGE_PARTS = [
  ['step', 'step'],
  ['mode', 'presetMode'],
  ['chart', 'chart'],
  ['lang', 'language'],
] as const satisfies readonly (readonly [string, 'step' | 'presetMode' | 'chart' | 'language'])[]

function encodeChanges(changes: readonly Change[], layer: Layer): string {
  const byId = new Map<string, string[]>()
  for (const ch of changes) {
    if (ch.layer !== layer) continue
    const years = ch.from === ch.to ? `${ch.from}` : `${ch.from}-${ch.to}`
    const code = LAYER_VALUES[layer].codeOf(ch.value)
    byId.set(ch.id, [...(byId.get(ch.id) ?? []), `${code}${years}`])
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
  for (const layer of LAYERS) {
    const text = encodeChanges(changes, layer)
    if (text) parts.push([LAYER.code(layer), text])
  }
  const s = session.settings
  if (s.cases !== DEFAULT_SETTINGS.cases) parts.push(['cases', s.cases])
  if (s.rule !== DEFAULT_SETTINGS.rule) parts.push(['rule', s.rule])
  if (s.lag !== DEFAULT_SETTINGS.lag) parts.push(['lag', String(s.lag)])
  if (s.ideology !== DEFAULT_SETTINGS.ideology) parts.push(['ideo', s.ideology])
  if (s.contestedThreat !== DEFAULT_SETTINGS.contestedThreat)
    parts.push(['contested', s.contestedThreat])
  if (s.history !== DEFAULT_SETTINGS.history) parts.push(['hist', s.history])
  const v = session.view
  const fresh = defaultView(c)
  for (const [key, field] of PAGE_PARTS) if (v[field] !== fresh[field]) parts.push([key, v[field]])
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

/** The fragment for the store's session ('' for a fresh page). */
export const linkOf = (s: ExplorerState) => encodeLink(sessionOf(s), s.library)
