import type { Translate } from '@/i18n/catalogue'
import { rich, useLanguage, useT } from '@/i18n/react'
import { spanAt } from '@/model/compile'
import type { DyadEvaluation } from '@/model/evaluate'
import type { Labels } from '@/model/labels'
import type { Span } from '@/model/types'
import { useExplorerResult } from '@/store/result-state'
import { dyadRowsOf, selectBaseline, selectEvaluation } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { useWords } from '@/ui/words'
import type { LabelKey } from '@/model/vocabulary'
import { missingStates } from './absent'
import { focusDetailsWords } from './focus-details.en'

type T = Translate<typeof focusDetailsWords>

/**
 * The last year before year index `i` in which both criteria held, when the prediction for `i`
 * stands only because of the exit lag (both criteria fail in `i`); otherwise null.
 */
function keptByLag(de: DyadEvaluation, i: number, firstYear: number): number | null {
  if (!de.predicted[i] || de.sharedThreat[i]! & de.sharedIdeology[i]!) return null
  for (let j = i - 1; j >= 0; j--)
    if (de.sharedThreat[j]! & de.sharedIdeology[j]!) return firstYear + j
  return null
}

/** Which predicted alliances stand only by the exit lag, in words; empty when none does. */
function lagSentence(t: T, baseline: number | null, scenario: number | null, lag: number): string {
  const kept = (key: 'lag.both' | 'lag.baseline' | 'lag.scenario', last: number) =>
    t(key, { lag, last: String(last) })
  if (baseline !== null && baseline === scenario) return kept('lag.both', scenario)
  return [
    baseline === null ? '' : kept('lag.baseline', baseline),
    scenario === null ? '' : kept('lag.scenario', scenario),
  ]
    .filter(Boolean)
    .join(' ')
}

/** The codings behind the focused dyad-year: what history says, what the model saw and said. */
export function FocusDetails({ labels }: { labels: Labels }) {
  const focus = useExplorerResult((s) => s.view.focus)
  const evaluation = useExplorerResult(selectEvaluation)
  const baseline = useExplorerResult(selectBaseline)
  const base = useExplorerResult((s) => s.base)
  const history = useExplorerResult((s) => s.settings.history)
  const { rule, lag } = useExplorerResult((s) => s.settings)
  const t = useT(focusDetailsWords)
  const w = useWords()
  const language = useLanguage()

  if (!focus) {
    return (
      <p className="focus-details hint" aria-live="polite">
        {t('prompt')}
      </p>
    )
  }
  const d = base.dyadIndex.get(focus.dyad)
  const i = focus.year - base.firstYear
  if (d === undefined) return null
  const record = base.source.dyads[d]!
  const exists = base.dyads[d]!.exists
  const heading = (
    <h3>{t('heading', { pair: labels.dyad(focus.dyad, focus.year), year: String(focus.year) })}</h3>
  )
  // The data's own notes stay in English, marked so, in any language.
  const tags = {
    b: (c: React.ReactNode) => <strong>{c}</strong>,
    en: (c: React.ReactNode) => <span lang="en">{c}</span>,
  }
  if (exists && !exists[i]) {
    // Not a dyad-year: nothing was coded, nothing predicted, nothing scored.
    return (
      <div className="focus-details" aria-live="polite">
        {heading}
        <p>
          {rich(
            t('absent', {
              states: missingStates(base, labels, focus.dyad, focus.year),
              year: String(focus.year),
              explained: w.OUTCOME_EXPLAINED.absent,
            }),
            tags,
          )}
        </p>
      </div>
    )
  }
  // A pair has no row for a year one of its states did not exist, so rows are found, not counted.
  const row = dyadRowsOf(evaluation, evaluation.dyads[d]!).find((r) => r.year === focus.year)
  if (!row) return null
  const threat = spanAt(record.threat, focus.year)
  const series = spanAt(record[history] as readonly Span<unknown>[], focus.year)
  const yesNo = (v: number) => t(v ? 'alliance' : 'no-alliance')
  const baselinePredicted = baseline.dyads[d]!.predicted[i]!
  const covered = baseline.dyads[d]!.covered
  // A year the chosen series has no data for is "not covered", never "no alliance".
  const historyWord =
    covered && !covered[i] ? t('not-covered') : yesNo(baseline.dyads[d]!.history[i]!)
  // A rift between ruling parties needs two communist parties in power that year.
  const riftApplies = row.ideology_a === 'communist' && row.ideology_b === 'communist'
  const lagNote =
    rule === 'two-criteria-lag'
      ? lagSentence(
          t,
          keptByLag(baseline.dyads[d]!, i, base.firstYear),
          keptByLag(evaluation.dyads[d]!, i, base.firstYear),
          lag,
        )
      : ''

  const confidence = (c: string) => w.label(`confidence.${c}` as LabelKey)
  const coding = (key: 'threat-coding' | 'alliance-coding', span: Span<unknown>) =>
    rich(
      t(key, {
        rationale: span.rationale,
        confidence: confidence(span.confidence),
        contested: span.contested ? 'yes' : 'no',
        note: span.contested ?? '',
      }),
      {
        ...tags,
        sources: () => (
          <span lang="en">
            <SourceList ids={span.sources} sources={base.source.sources} />
          </span>
        ),
      },
    )
  const adversary = !row.common_adversary
    ? ''
    : row.scenario_changed && row.common_adversary === 'counterfactual' && !threat?.adversary
      ? t('adversary.counterfactual')
      : t('adversary', { name: row.common_adversary })

  return (
    <div className="focus-details" aria-live="polite">
      {heading}
      <p>
        {rich(
          t(lagNote ? 'models.lag' : 'models', {
            series: w.HISTORY_SHORT[history],
            history: historyWord,
            baseline: yesNo(baselinePredicted),
            scenario: yesNo(row.predicted),
            outcome: w.OUTCOME_LABEL[row.outcome].toLocaleLowerCase(language),
            explained: w.OUTCOME_EXPLAINED[row.outcome],
            lag: lagNote,
          }),
          tags,
        )}
      </p>
      <p>
        {rich(
          t('codings', {
            a: row.name_a,
            regimeA: w.REGIME_LABEL[row.ideology_a],
            b: row.name_b,
            regimeB: w.REGIME_LABEL[row.ideology_b],
            threat: w.THREAT_LABEL[row.shared_threat],
            adversary,
            rift: riftApplies ? (row.ideological_rift ? 'yes' : 'no') : 'not-applicable',
            changed: row.scenario_changed ? 'yes' : 'no',
          }),
          tags,
        )}
      </p>
      {threat && <p className="provenance">{coding('threat-coding', threat)}</p>}
      {series && <p className="provenance">{coding('alliance-coding', series)}</p>}
      {language !== 'en' && (threat || series) && <p className="hint">{t('english-note')}</p>}
    </div>
  )
}
