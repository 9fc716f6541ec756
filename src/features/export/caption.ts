import { DATA_VERSION } from '@/data/version'
import { describeScenario } from '@/model/changes'
import { labelsOf } from '@/model/labels'
import type { ExplorerState } from '@/store/explorer-store'
import { selectScenarioParts } from '@/store/selectors'
import { HISTORY_SHORT, RULE_SHORT } from '@/ui/words'
import { slug } from '@/lib/download'

/** What every exported chart says about itself, in plain words. */
export interface ExportText {
  readonly subtitle: string
  /** "Counterfactual: Russian Federation communist 1992–2026", one line per change. */
  readonly changes: readonly string[]
  /** The intervention log, with the student's reasons. */
  readonly log: readonly string[]
  /** Ends with the data version the chart was made on. */
  readonly credit: string
  /** The data version, also written into the SVG's description for tools that read it. */
  readonly dataVersion: string
}

/** The credit under chart images and on the handout, naming the data version. */
export const CREDIT = `Sources: Khang Vu, "Do China and Vietnam Have Similar Alliance Policies?", The Diplomat, May 2021; codings by the project from Correlates of War Formal Alliances v4.1, ATOP v5.1, strategic rivalry and war data, and the sources cited per cell. Made with the Alliance Counterfactual Explorer, data version ${DATA_VERSION}.`

/**
 * The rule and alliance definition, as the chart subtitles say them. Only the readings the rule
 * in force uses: no ideology reading under "security only", no contested-threat reading under
 * "ideology only".
 */
export function readingOf(settings: ExplorerState['settings']): string {
  const { rule } = settings
  const parts = [
    rule === 'two-criteria-lag'
      ? `${RULE_SHORT[rule]} of ${settings.lag} ${settings.lag === 1 ? 'year' : 'years'}`
      : RULE_SHORT[rule],
  ]
  if (rule !== 'security-only') parts.push(`${settings.ideology} ideology`)
  if (rule !== 'ideology-only') {
    parts.push(
      `contested threats ${settings.contestedThreat === 'shared' ? 'count as shared' : 'do not count'}`,
    )
  }
  return `History: ${HISTORY_SHORT[settings.history]}. Model: ${parts.join(', ')}.`
}

export function exportText(s: ExplorerState): ExportText {
  const labels = labelsOf(s.base.source)
  const changes = describeScenario(labels, s.scenario)
  return {
    subtitle: readingOf(s.settings),
    changes:
      changes.length === 0
        ? ['History as coded: no counterfactual changes.']
        : changes.map((c) => `Counterfactual: ${c}`),
    log: s.log.map(
      (e, i) => `${i + 1}. ${e.text}${s.rationales[e.id] ? ` (why: ${s.rationales[e.id]})` : ''}`,
    ),
    credit: CREDIT,
    dataVersion: DATA_VERSION,
  }
}

/** e.g. "russia-stays-communist", "russia-stays-communist+custom", "custom", "history". */
export function scenarioSlug(s: ExplorerState): string {
  const { presets, extra } = selectScenarioParts(s)
  const parts = presets.map((p) => slug(p.id))
  if (extra > 0) parts.push('custom')
  return parts.length > 0 ? parts.join('+') : 'history'
}

/** "alliance-explorer_timeline_russia-stays-communist.png" */
export const exportFileName = (s: ExplorerState, chart: string, ext: string) =>
  `alliance-explorer_${chart}_${scenarioSlug(s)}.${ext}`
