import { spanAt } from '@/model/compile'
import { baseValue, effectiveValue } from '@/model/scenario'
import type { Span } from '@/model/types'
import { useExplorerStore } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import { selectLabels } from '@/store/selectors'
import { SourceList } from '@/ui/source-list'
import { useInspectStore } from './inspect-store'
import { describeValue } from './year-strip'

/** The coding behind the editor cell under the pointer or focus: history, rationale, sources. */
export function CellDetails() {
  const target = useInspectStore((s) => s.target)
  const base = useExplorerStore((s) => s.base)
  // What the scenario makes of the year follows the press a frame later, with the chart.
  const scenario = useExplorerResult((s) => s.scenario)
  const labels = useExplorerStore(selectLabels)
  if (!target) {
    return (
      <p className="cell-details hint" aria-live="polite">
        Point at a year, or move to it with the arrow keys, to read how history codes it and why.
      </p>
    )
  }
  const { layer, id, year } = target
  const spans: readonly Span<unknown>[] | undefined =
    layer === 'regime' ? labels.stateRecord(id)?.regime : labels.dyadRecord(id)?.[layer]
  const span = spans ? spanAt(spans, year) : undefined
  const history = describeValue(layer, baseValue(base, layer, id, year)).word
  const now = describeValue(layer, effectiveValue(base, scenario, layer, id, year)).word
  const who = layer === 'regime' ? labels.state(id, year) : labels.dyad(id, year)
  const adversary =
    layer === 'threat' ? (span as { adversary?: string } | undefined)?.adversary : undefined
  // A party rift needs two ruling communist parties: name the sides that are not communist then.
  const pair = layer === 'rift' ? labels.dyadRecord(id) : undefined
  const notCommunist = (regimeOf: (state: string) => string | undefined) =>
    pair ? [pair.a, pair.b].filter((s) => regimeOf(s) !== 'communist') : []
  const offHistory = notCommunist((s) => baseValue(base, 'regime', s, year))
  const offNow = notCommunist((s) => effectiveValue(base, scenario, 'regime', s, year))
  const historyText = offHistory.length > 0 ? 'not applicable' : history
  const nowText = offNow.length > 0 ? 'not applicable' : now
  const off = offNow.length > 0 ? offNow : offHistory
  const names = off.map((s) => labels.state(s, year)).join(' and ')
  // The cell's own value changed, or only the regimes that decide whether a rift applies.
  const why = now !== history ? 'changed' : 'regimes changed'

  return (
    <div className="cell-details" aria-live="polite">
      <h3>
        {who}, {year}
      </h3>
      <p>
        History: <strong>{historyText}</strong>
        {adversary ? ` (common adversary: ${adversary})` : ''}
        {now !== history || nowText !== historyText ? (
          <>
            {' '}
            · Scenario: <strong>{nowText}</strong> ({why})
          </>
        ) : null}
      </p>
      {off.length > 0 && (
        <p>
          A party rift counts only between two ruling communist parties. Not communist in {year}
          {offNow.length === 0
            ? ' in history'
            : offHistory.length === 0
              ? ' in the scenario'
              : ''}: {names}. This year is coded &ldquo;{now}&rdquo;.
        </p>
      )}
      {span && (
        <p className="provenance">
          {span.rationale} <SourceList ids={span.sources} sources={base.source.sources} />{' '}
          Confidence: {span.confidence}. Coded for{' '}
          {span.from === span.to ? span.from : `${span.from}–${span.to}`}.
          {span.contested ? ` Contested: ${span.contested}` : ''}
        </p>
      )}
    </div>
  )
}
