import { useId, useMemo, type ReactNode } from 'react'
import { useExplorerResult, useResultFigures } from '@/store/result-state'
import { selectChangeCount, selectMovedRuns } from '@/store/selectors'
import { useWords } from '@/ui/words'
import { rich, useLanguage, useT } from '@/i18n/react'
import { showOnTimeline } from '@/features/timeline/show-on-timeline'
import { resultCalloutWords } from './result-callout.en'
import { whatChanged } from './what-changed'
import './result.css'

/** How many changed pairs the callout names; the rest are counted and shown on the timeline. */
const NAMED = 3

/**
 * The result, large and first: which pairs the scenario moves, and how, against history. Each pair
 * is a button that puts the timeline's focus on its first changed year.
 */
export function ResultCallout() {
  const id = useId()
  const { evaluation, baseline, labels, divergence, summary, baselineSummary } = useResultFigures()
  const changed = useExplorerResult((s) => selectChangeCount(s.scenario))
  const moved = useExplorerResult(selectMovedRuns)
  const language = useLanguage()
  const t = useT(resultCalloutWords)
  const w = useWords()
  const changes = useMemo(
    () => whatChanged(evaluation, baseline, labels, moved, language),
    [evaluation, baseline, labels, moved, language],
  )
  const accuracy = w.percent(summary.overall.accuracy, 1)
  const strong = { b: (c: ReactNode) => <strong>{c}</strong> }

  return (
    <section id="result" className="result" aria-labelledby={`${id}-heading`} aria-live="polite">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('heading')}
      </h2>
      {changes.length === 0 ? (
        <p className="result-lead">
          {rich(t(changed === 0 ? 'rest' : 'unchanged', { accuracy }), strong)}
        </p>
      ) : (
        <>
          <ul className="result-pairs">
            {changes.slice(0, NAMED).map((c) => (
              <li key={c.dyad}>
                <button
                  type="button"
                  className="result-pair"
                  onClick={() => showOnTimeline(c.dyad, c.first)}
                  aria-label={t('pair.label', { sentence: c.sentence })}
                >
                  {c.sentence}
                </button>
              </li>
            ))}
          </ul>
          <p className="result-figures">
            {rich(
              t(changes.length > NAMED ? 'figures.pairs' : 'figures', {
                n: divergence.count,
                count: String(divergence.count),
                pairs: changes.length,
                accuracy,
                baseline: w.percent(baselineSummary.overall.accuracy, 1),
              }),
              strong,
            )}
          </p>
        </>
      )}
    </section>
  )
}
