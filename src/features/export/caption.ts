import { DATA_VERSION } from '@/data/version'
import { describeScenario } from '@/model/changes'
import { labelsOf } from '@/model/labels'
import type { ExplorerState } from '@/store/explorer-store'
import { selectScenarioParts } from '@/store/selectors'
import { wordsIn } from '@/ui/words'
import { slug } from '@/lib/download'
import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { captionWords } from './caption.en'

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

/** The essay the app is built on; its title stays in English, as a citation does. */
const ESSAY = 'Do China and Vietnam Have Similar Alliance Policies?'

/**
 * The credit under chart images and on the handout, naming the data version, in `language`
 * (the one in use by default).
 */
export const credit = (language: Language = activeLanguage()): string =>
  translator(captionWords, language)('credit', { essay: ESSAY, version: DATA_VERSION })

/**
 * The rule and alliance definition, as the chart subtitles say them. Only the readings the rule
 * in force uses: no ideology reading under "security only", no contested-threat reading under
 * "ideology only". In `language`, the one in use by default.
 */
export function readingOf(
  settings: ExplorerState['settings'],
  language: Language = activeLanguage(),
): string {
  const t = translator(captionWords, language)
  const w = wordsIn(language)
  const { rule } = settings
  const params = {
    history: w.HISTORY_SHORT[settings.history],
    rule:
      rule === 'two-criteria-lag'
        ? t('rule.lag', { rule: w.RULE_SHORT[rule], lag: settings.lag })
        : w.RULE_SHORT[rule],
    ideology: t('ideology', { reading: w.IDEOLOGY_READING_SHORT[settings.ideology] }),
    contested: t(
      settings.contestedThreat === 'shared' ? 'contested.shared' : 'contested.not-shared',
    ),
  }
  return t(
    rule === 'security-only'
      ? 'reading.security'
      : rule === 'ideology-only'
        ? 'reading.ideology'
        : 'reading.all',
    params,
  )
}

/** What an exported chart says about itself, in the language in use. */
export function exportText(s: ExplorerState): ExportText {
  const language = activeLanguage()
  const t = translator(captionWords, language)
  const labels = labelsOf(s.base.source)
  const changes = describeScenario(labels, s.scenario)
  return {
    subtitle: readingOf(s.settings, language),
    changes:
      changes.length === 0 ? [t('no-changes')] : changes.map((change) => t('change', { change })),
    log: s.log.map((e, i) => {
      const why = s.rationales[e.id]
      const n = String(i + 1)
      return why ? t('step.why', { n, text: e.text, why }) : t('step', { n, text: e.text })
    }),
    credit: credit(language),
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
