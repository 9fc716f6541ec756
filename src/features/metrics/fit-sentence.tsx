import type { Metrics, MomentScore, TrivialScores } from '@/model/metrics'
import { formatDecimal } from '@/i18n/format'
import type { HistorySeries } from '@/model/types'
import { useExplorerResult } from '@/store/result-state'
import {
  selectBaselineFit,
  selectBaselineSummary,
  selectDivergence,
  selectFit,
  selectSummary,
} from '@/store/selectors'
import { useWords, wordsIn, type Words } from '@/ui/words'
import { translator, type Translate } from '@/i18n/catalogue'
import { useT } from '@/i18n/react'
import { fitSentenceWords } from './fit-sentence.en'

type Say = Translate<typeof fitSentenceWords>

/** The sentences' messages and words in the language in use, for calls outside a component. */
const current = (): { t: Say; w: Words } => ({
  t: translator(fitSentenceWords),
  w: wordsIn(),
})

/** "5.3 points": the gap between two shares, in percentage points to one decimal. */
const points = (a: number, b: number, { t, w }: { t: Say; w: Words }) =>
  t('points', {
    n: formatDecimal(w.language, Math.abs(a - b) * 100, {
      minDigits: 1,
      maxDigits: 1,
      grouping: false,
    }),
  })

/**
 * How the model compares with rules that know nothing of threats or ideology, in one sentence;
 * with `baseline`, the baseline's accuracy stands beside the scenario's.
 */
export function trivialSentence(
  accuracy: number | null,
  trivial: TrivialScores,
  baseline?: number | null,
  say = current(),
): string {
  const { alwaysNo, sameAsLastYear } = trivial
  if (accuracy === null || alwaysNo === null || sameAsLastYear === null) return ''
  const { t, w } = say
  return t('trivial', {
    accuracy: w.percent(accuracy, 1),
    compared: baseline === undefined ? 'no' : 'yes',
    baseline: baseline === undefined ? '' : w.percent(baseline, 1),
    points: points(accuracy, alwaysNo, say),
    vsNo: accuracy >= alwaysNo ? 'better' : 'worse',
    alwaysNo: w.percent(alwaysNo, 1),
    vsLast: accuracy >= sameAsLastYear ? 'better' : 'worse',
    lastPoints: points(accuracy, sameAsLastYear, say),
    sameAsLastYear: w.percent(sameAsLastYear, 1),
  })
}

/**
 * How many alliance onsets and ends the model catches, in one sentence; with `baseline`, the
 * baseline's counts stand beside the scenario's.
 */
export function momentSentence(m: MomentScore, baseline?: MomentScore, { t } = current()): string {
  return t('moments', {
    onsets: m.onsets.caught,
    onsetsTotal: m.onsets.total,
    ends: m.ends.caught,
    endsTotal: m.ends.total,
    tolerance: m.tolerance,
    compared: baseline ? 'yes' : 'no',
    baseOnsets: baseline?.onsets.caught ?? 0,
    baseEnds: baseline?.ends.caught ?? 0,
    invented: m.invented,
    baseInvented: baseline?.invented ?? 0,
  })
}

/** Says how many dyad-years the chosen history series does not cover, or nothing. */
export function uncoveredSentence(
  uncovered: number,
  history: HistorySeries,
  { t, w } = current(),
): string {
  if (uncovered === 0) return ''
  const end = history === 'cow' ? '2012' : history === 'atop' ? '2018' : null
  const series = w.HISTORY_SHORT[history]
  return end === null
    ? t('uncovered', { n: uncovered, series })
    : t('uncovered.after', { n: uncovered, series, year: end })
}

/**
 * The fit to history against the trivial rules, for the Fit view and the handout. Under a scenario
 * the baseline's figures (the model on history) stand beside the ones the scenario moved.
 */
export function FitSentence({ metrics }: { metrics?: Metrics }) {
  const say = { t: useT(fitSentenceWords), w: useWords() }
  const summary = useExplorerResult(selectSummary)
  const fit = useExplorerResult(selectFit)
  const baseline = useExplorerResult(selectBaselineSummary)
  const baselineFit = useExplorerResult(selectBaselineFit)
  const changed = useExplorerResult(selectDivergence).count > 0
  const history = useExplorerResult((s) => s.settings.history)
  const accuracy = (metrics ?? summary.overall).accuracy
  const m = fit.moments
  const b = baselineFit.moments
  const movedMoments =
    m.onsets.caught !== b.onsets.caught ||
    m.ends.caught !== b.ends.caught ||
    m.invented !== b.invented
  return (
    <>
      {trivialSentence(
        accuracy,
        fit.trivial,
        changed && accuracy !== baseline.overall.accuracy ? baseline.overall.accuracy : undefined,
        say,
      )}{' '}
      {momentSentence(m, changed && movedMoments ? b : undefined, say)}{' '}
      {uncoveredSentence(fit.uncovered, history, say)}
    </>
  )
}
