import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { useAfterFirstPaint } from '@/ui/use-after-first-paint'
import { useWords } from '@/ui/words'
import { useT } from '@/i18n/react'
import { historyEditorWords } from './history-editor.en'
import { CellDetails } from './cell-details'
import { SpanForm } from './span-form'
import { yearGrid, YearStrip } from './year-strip'
import { HistoryEditorShell } from './history-editor-shell'

/**
 * Change history: each state's regime, and the chosen pair's threat and party rift, year by year.
 * With `deferStrips` (on the page, where it is below the fold) its 1,800 year cells, three
 * quarters of the page's elements, are built just after the page first paints, not before.
 */
export function HistoryEditor({ deferStrips = false }: { deferStrips?: boolean }) {
  const ready = useAfterFirstPaint(deferStrips)
  return (
    <HistoryEditorShell>{ready ? (id) => <EditorBody id={id} /> : undefined}</HistoryEditorShell>
  )
}

function EditorBody({ id }: { id: string }) {
  const t = useT(historyEditorWords)
  const w = useWords()
  const base = useExplorerStore((s) => s.base)
  const labels = useExplorerStore(selectLabels)
  const focusDyad = useExplorerStore((s) => s.view.focus?.dyad)
  const setFocus = useExplorerStore((s) => s.setFocus)
  const dyad = focusDyad ?? base.dyads.find((d) => d.id === 'VNM-RUS')?.id ?? base.dyads[0]!.id
  return (
    <>
      <h3>{t('regimes')}</h3>
      <div className="strips">
        {base.states.map((s) => (
          <YearStrip key={s} layer="regime" id={s} label={labels.state(s)} />
        ))}
        <YearAxis from={base.firstYear} to={base.lastYear} />
      </div>
      <h3>
        <label htmlFor={`${id}-dyad`}>{t('pair')}</label>{' '}
        <select
          id={`${id}-dyad`}
          value={dyad}
          onChange={(e) =>
            setFocus({
              dyad: e.target.value,
              year: useExplorerStore.getState().view.focus?.year ?? base.firstYear,
            })
          }
        >
          {base.dyads.map((d) => (
            <option key={d.id} value={d.id}>
              {labels.dyad(d.id)}
            </option>
          ))}
        </select>
      </h3>
      <div className="strips">
        <YearStrip
          key={`t${dyad}`}
          layer="threat"
          id={dyad}
          label={t('strip.threat', { pair: labels.dyad(dyad) })}
          title={w.label('layer.threat')}
        />
        <YearStrip
          key={`r${dyad}`}
          layer="rift"
          id={dyad}
          label={t('strip.rift', { pair: labels.dyad(dyad) })}
          title={w.label('layer.rift')}
        />
        <YearAxis from={base.firstYear} to={base.lastYear} />
      </div>
      <CellDetails />
      <SpanForm />
    </>
  )
}

function YearAxis({ from, to }: { from: number; to: number }) {
  const years = []
  for (let y = from; y <= to; y++) years.push(y)
  return (
    <div className="strip strip-axis" aria-hidden="true">
      <span className="strip-label" />
      <div className="strip-cells" style={yearGrid(to - from + 1, from)}>
        {years.map((y) => (
          <span key={y}>{y % 10 === 0 ? y : ''}</span>
        ))}
      </div>
    </div>
  )
}
