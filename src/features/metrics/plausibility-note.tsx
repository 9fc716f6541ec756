import { memoLast } from '@/lib/memo'
import { plausibility, type Combination } from '@/model/plausibility'
import { useExplorerResult } from '@/store/result-state'
import { selectEvaluation, selectLabels } from '@/store/selectors'
import { useWords } from '@/ui/words'
import type { Translate } from '@/i18n/catalogue'
import { rich, useT } from '@/i18n/react'
import { plausibilityNoteWords } from './plausibility-note.en'
import './metrics.css'

const measure = memoLast(plausibility)

function describe(
  c: Combination,
  a: string,
  b: string,
  t: Translate<typeof plausibilityNoteWords>,
): string {
  const regime = (name: string, on: boolean) => t(on ? 'communist' : 'non-communist', { name })
  return t(c.rift ? 'combination.rift' : 'combination', {
    a: regime(a, c.communistA),
    b: regime(b, c.communistB),
    threat: t(`threat.${c.threat}`),
  })
}

/** How far the counterfactual moves from history, and a note when it leaves what history covers. */
export function PlausibilityNote() {
  const t = useT(plausibilityNoteWords)
  const w = useWords()
  const evaluation = useExplorerResult(selectEvaluation)
  const labels = useExplorerResult(selectLabels)
  const p = measure(evaluation, evaluation.scenario)
  if (p.changedCells === 0) return null
  const parts = [
    p.states.length > 0 ? t('states', { n: p.states.length }) : '',
    p.dyads.length > 0 ? t('pairs', { n: p.dyads.length }) : '',
  ].filter(Boolean)
  return (
    <div className="plausibility" role="note" aria-label={t('label')}>
      <p>
        {parts.length > 0
          ? t('distance.parts', {
              n: p.changedCells,
              parts: parts.join(t('separator')),
              year: String(p.firstChangedYear),
            })
          : t('distance', { n: p.changedCells, year: String(p.firstChangedYear) })}
      </p>
      {p.unseen.length > 0 && (
        <>
          <p>{rich(t('note'), { b: (words) => <strong>{words}</strong> })}</p>
          <ul>
            {p.unseen.slice(0, 5).map((u) => {
              const d = labels.dyadRecord(u.dyad)
              // Named as in those years, e.g. "Vietnam–Russia" for 1992–1995 only.
              const from = u.runs[0]![0]
              const to = u.runs[u.runs.length - 1]![1]
              return (
                <li key={`${u.dyad}-${from}`}>
                  {t('unseen', {
                    pair: labels.dyadIn(u.dyad, from, to),
                    years: w.formatRuns(u.runs),
                    combination: describe(
                      u.combination,
                      labels.stateIn(d?.a ?? '', from, to),
                      labels.stateIn(d?.b ?? '', from, to),
                      t,
                    ),
                  })}
                </li>
              )
            })}
            {p.unseen.length > 5 && <li>{t('more', { n: p.unseen.length - 5 })}</li>}
          </ul>
        </>
      )}
    </div>
  )
}
