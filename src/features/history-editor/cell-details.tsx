import type { ReactNode } from 'react'
import { spanAt } from '@/model/compile'
import { baseValue, effectiveValue } from '@/model/scenario'
import type { Span } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { selectLabels } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { useWords } from '@/ui/words'
import { rich, useT } from '@/i18n/react'
import { CONFIDENCE } from '@/model/vocabulary'
import { cellDetailsWords } from './cell-details.en'
import { useInspectStore } from './inspect-store'
import { describeValue } from './year-strip'

/** The coding behind the editor cell under the pointer or focus: history, rationale, sources. */
export function CellDetails() {
  const t = useT(cellDetailsWords)
  const w = useWords()
  const target = useInspectStore((s) => s.target)
  const base = useExplorerStore((s) => s.base)
  // What the scenario makes of the year follows the press a frame later, with the chart.
  const scenario = useExplorerResult((s) => s.scenario)
  const labels = useExplorerStore(selectLabels)
  if (!target) {
    return (
      <p className="cell-details hint" aria-live="polite">
        {t('empty')}
      </p>
    )
  }
  const { layer, id, year } = target
  const spans: readonly Span<unknown>[] | undefined =
    layer === 'regime' ? labels.stateRecord(id)?.regime : labels.dyadRecord(id)?.[layer]
  const span = spans ? spanAt(spans, year) : undefined
  const history = describeValue(layer, baseValue(base, layer, id, year), w.language).word
  const now = describeValue(layer, effectiveValue(base, scenario, layer, id, year), w.language).word
  const who = layer === 'regime' ? labels.state(id, year) : labels.dyad(id, year)
  const adversary =
    layer === 'threat' ? (span as { adversary?: string } | undefined)?.adversary : undefined
  // A party rift needs two ruling communist parties: name the sides that are not communist then.
  const pair = layer === 'rift' ? labels.dyadRecord(id) : undefined
  const notCommunist = (regimeOf: (state: string) => string | undefined) =>
    pair ? [pair.a, pair.b].filter((s) => regimeOf(s) !== 'communist') : []
  const offHistory = notCommunist((s) => baseValue(base, 'regime', s, year))
  const offNow = notCommunist((s) => effectiveValue(base, scenario, 'regime', s, year))
  const historyText = offHistory.length > 0 ? t('not-applicable') : history
  const nowText = offNow.length > 0 ? t('not-applicable') : now
  const off = offNow.length > 0 ? offNow : offHistory
  const names = off.map((s) => labels.state(s, year))
  // The cell's own value changed, or only the regimes that decide whether a rift applies.
  const why = now !== history ? 'scenario.changed' : 'scenario.regimes'
  const bold = { b: (c: ReactNode) => <strong>{c}</strong> }
  const note = t('record-note')

  return (
    <div className="cell-details" aria-live="polite">
      <h3>{t('heading', { who, year: String(year) })}</h3>
      <p>
        {adversary
          ? rich(t('history.adversary', { value: historyText }), {
              ...bold,
              // The adversary is named as the data names it, in English.
              adversary: () => <span lang="en">{adversary}</span>,
            })
          : rich(t('history', { value: historyText }), bold)}
        {now !== history || nowText !== historyText ? rich(t(why, { value: nowText }), bold) : null}
      </p>
      {off.length > 0 && (
        <p>
          {t(
            offNow.length === 0
              ? 'rift.history'
              : offHistory.length === 0
                ? 'rift.scenario'
                : 'rift.both',
            { year: String(year), names, value: now },
          )}
        </p>
      )}
      {span && (
        <p className="provenance">
          <span lang="en">{span.rationale}</span>{' '}
          <SourceList ids={span.sources} sources={base.source.sources} />{' '}
          {t('coded', {
            confidence: w.label(CONFIDENCE.label(span.confidence)),
            years: span.from === span.to ? String(span.from) : `${span.from}–${span.to}`,
          })}
          {span.contested ? (
            <>
              {' '}
              {t('contested')} <span lang="en">{span.contested}</span>
            </>
          ) : null}
          {note ? ` ${note}` : null}
        </p>
      )}
    </div>
  )
}
