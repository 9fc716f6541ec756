import { useId, useMemo } from 'react'
import { useExplorerResult, useResultFigures } from '@/store/result-state'
import { selectChangeCount, selectMovedRuns } from '@/store/selectors'
import { percent } from '@/ui/words'
import { showOnTimeline } from '@/features/timeline/show-on-timeline'
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
  const changes = useMemo(
    () => whatChanged(evaluation, baseline, labels, moved),
    [evaluation, baseline, labels, moved],
  )
  const accuracy = percent(summary.overall.accuracy, 1)

  return (
    <section id="result" className="result" aria-labelledby={`${id}-heading`} aria-live="polite">
      <h2 id={`${id}-heading`} className="visually-hidden">
        The result
      </h2>
      {changes.length === 0 ? (
        <p className="result-lead">
          {changed === 0 ? (
            <>
              The model on history agrees with history in <strong>{accuracy}</strong> of dyad-years.
              Press a &ldquo;What if…?&rdquo; to change history and watch the predictions move.
            </>
          ) : (
            <>
              This scenario changes no prediction: the model agrees with history in{' '}
              <strong>{accuracy}</strong> of dyad-years, as on history.
            </>
          )}
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
                  aria-label={`${c.sentence} Show on the timeline.`}
                >
                  {c.sentence}
                </button>
              </li>
            ))}
          </ul>
          <p className="result-figures">
            {divergence.count} {divergence.count === 1 ? 'dyad-year' : 'dyad-years'}
            {changes.length > NAMED ? ` in ${changes.length} pairs` : ''} change from the baseline;{' '}
            accuracy <strong>{accuracy}</strong>, baseline{' '}
            {percent(baselineSummary.overall.accuracy, 1)}.
          </p>
        </>
      )}
    </section>
  )
}
