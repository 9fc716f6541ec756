import { ChartLegend } from '@/ui/chart-legend'
import { memo, useDeferredValue, useId, useMemo, useRef } from 'react'
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { ExportButtons } from '@/features/export/export-buttons'
import { useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectAgreementByYear, selectChangeCount, type YearAgreement } from '@/store/selectors'
import { useElementWidth } from '@/ui/use-element-width'
import { decades } from '@/ui/years'
import { useWords } from '@/ui/words'
import { agreementChartWords } from './agreement-chart.en'
import './agreement.css'

interface PlotProps {
  readonly data: readonly YearAgreement[]
  readonly width: number
  readonly height: number
  readonly from: number
  readonly to: number
}

/**
 * The recharts plot itself: props in, a fixed size, no store. Colours and line widths are design
 * tokens (src/ui/tokens.css), so projector mode thickens the lines.
 */
export const AgreementPlot = memo(function AgreementPlot({
  data,
  width,
  height,
  from,
  to,
}: PlotProps) {
  const t = useT(agreementChartWords)
  return (
    <LineChart
      width={width}
      height={height}
      data={data.filter((d) => d.year >= from && d.year <= to)}
      margin={{ top: 8, right: 24, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--grid)" strokeWidth="var(--line-grid)" strokeDasharray="3 3" />
      <XAxis
        dataKey="year"
        type="number"
        domain={[from, to]}
        ticks={decades(from, to)}
        allowDecimals={false}
      />
      <YAxis domain={[0, 100]} unit="%" width={48} />
      <Tooltip
        formatter={(v) => `${Math.round(Number(v))}%`}
        labelFormatter={(y) => t('tooltip.year', { year: String(y) })}
      />
      <Legend content={ChartLegend} />
      <Line
        dataKey="baseline"
        name={t('baseline')}
        className="line-baseline"
        stroke="var(--baseline)"
        strokeWidth="var(--line-agreement-baseline)"
        dot={false}
        isAnimationActive={false}
        type="stepAfter"
      />
      <Line
        dataKey="scenario"
        name={t('scenario')}
        className="line-scenario"
        stroke="var(--scenario-line)"
        strokeWidth="var(--line-agreement-scenario)"
        strokeDasharray="7 4"
        dot={false}
        isAnimationActive={false}
        type="stepAfter"
      />
    </LineChart>
  )
})

/** Agreement with history per year, baseline against scenario; the table is its data twin. */
export function AgreementChart({ width: fixedWidth }: { width?: number }) {
  const titleId = useId()
  const t = useT(agreementChartWords)
  const w = useWords()
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  const width = fixedWidth ?? measured
  // The line chart is the most expensive thing on screen: let a toggle paint the timeline first.
  const data = useDeferredValue(useExplorerStore(selectAgreementByYear))
  const from = useExplorerStore((s) => s.view.yearFrom)
  const to = useExplorerStore((s) => s.view.yearTo)
  const history = useExplorerStore((s) => s.settings.history)
  const changed = useExplorerStore((s) => selectChangeCount(s.scenario)) > 0
  const inRange = data.filter((d) => d.year >= from && d.year <= to)
  const mean = (k: 'baseline' | 'scenario') =>
    inRange.reduce((a, d) => a + d[k], 0) / Math.max(1, inRange.length)
  const worst = inRange.reduce<YearAgreement | null>(
    (w, d) => (!w || d.scenario - d.baseline < w.scenario - w.baseline ? d : w),
    null,
  )
  const exportLegend = useMemo(
    () => [
      { label: t('baseline'), stroke: 'var(--baseline)' },
      { label: t('scenario'), stroke: 'var(--scenario-line)', dash: '7 4' },
    ],
    [t],
  )
  const drop = changed && worst !== null && worst.scenario < worst.baseline

  return (
    <figure className="panel agreement-chart" aria-labelledby={titleId}>
      <figcaption>
        <h2 id={titleId}>{t('title')}</h2>
        <p className="subtitle">{t('subtitle', { series: w.HISTORY_SHORT[history] })}</p>
      </figcaption>
      <ExportButtons
        target={wrapper}
        selector=".recharts-wrapper > svg.recharts-surface"
        chart="agreement"
        title={t('title')}
        legend={exportLegend}
        render={(w) => <AgreementChart width={w} />}
      />
      <div ref={wrapper} className="chart-wrapper">
        <AgreementPlot data={data} width={width} height={220} from={from} to={to} />
      </div>
      <p className="chart-text">
        {t(changed ? 'text.changed' : 'text', {
          from: String(from),
          to: String(to),
          scenario: Math.round(mean('scenario')),
          baseline: Math.round(mean('baseline')),
          drop: drop ? 'yes' : 'no',
          year: String(worst?.year ?? ''),
          before: Math.round(worst?.baseline ?? 0),
          after: Math.round(worst?.scenario ?? 0),
        })}
      </p>
    </figure>
  )
}
