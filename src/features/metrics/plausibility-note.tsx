import { memoLast } from '@/lib/memo'
import { plausibility, type Combination } from '@/model/plausibility'
import { useExplorerResult } from '@/store/result-state'
import { selectEvaluation, selectLabels } from '@/store/selectors'
import { formatRuns } from '@/ui/words'
import './metrics.css'

const measure = memoLast(plausibility)

function describe(c: Combination, a: string, b: string): string {
  const regime = (name: string, on: boolean) => `${name} ${on ? 'communist' : 'non-communist'}`
  const threat =
    c.threat === 'yes'
      ? 'a shared threat'
      : c.threat === 'no'
        ? 'no shared threat'
        : 'a contested threat'
  return `${regime(a, c.communistA)}, ${regime(b, c.communistB)}, ${threat}${c.rift ? ', and a party rift' : ''}`
}

/** How far the counterfactual moves from history, and a note when it leaves what history covers. */
export function PlausibilityNote() {
  const evaluation = useExplorerResult(selectEvaluation)
  const labels = useExplorerResult(selectLabels)
  const p = measure(evaluation, evaluation.scenario)
  if (p.changedCells === 0) return null
  const parts = [
    p.states.length > 0 ? `${p.states.length} ${p.states.length === 1 ? 'state' : 'states'}` : '',
    p.dyads.length > 0 ? `${p.dyads.length} ${p.dyads.length === 1 ? 'pair' : 'pairs'}` : '',
  ].filter(Boolean)
  return (
    <div className="plausibility" role="note" aria-label="How far from history">
      <p>
        How far from history: {p.changedCells} {p.changedCells === 1 ? 'coded cell' : 'coded cells'}{' '}
        changed
        {parts.length > 0 ? ` (${parts.join(', ')})` : ''}, from {p.firstChangedYear} on.
      </p>
      {p.unseen.length > 0 && (
        <>
          <p>
            <strong>Note:</strong> this scenario puts together codings that never occur together
            anywhere in the historical data, so the model is reasoning beyond what history can
            check:
          </p>
          <ul>
            {p.unseen.slice(0, 5).map((u) => {
              const d = labels.dyadRecord(u.dyad)
              // Named as in those years, e.g. "Vietnam–Russia" for 1992–1995 only.
              const from = u.runs[0]![0]
              const to = u.runs[u.runs.length - 1]![1]
              return (
                <li key={`${u.dyad}-${from}`}>
                  {labels.dyadIn(u.dyad, from, to)}, {formatRuns(u.runs)}:{' '}
                  {describe(
                    u.combination,
                    labels.stateIn(d?.a ?? '', from, to),
                    labels.stateIn(d?.b ?? '', from, to),
                  )}
                </li>
              )
            })}
            {p.unseen.length > 5 && <li>and {p.unseen.length - 5} more</li>}
          </ul>
        </>
      )}
    </div>
  )
}
