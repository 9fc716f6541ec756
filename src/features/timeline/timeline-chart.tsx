import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import {
  selectAtRest,
  selectDivergence,
  selectLabels,
  selectScenarioDescription,
} from '@/store/selectors'
import { useElementWidth } from '@/ui/use-element-width'
import { usePrinting } from '@/ui/use-printing'
import { useRootLook, useTokenPixels } from '@/ui/use-root-look'
import { readingOf } from '@/features/export/caption'
import { ExportButtons } from '@/features/export/export-buttons'
import {
  useWalkthrough,
  WalkthroughButton,
  WalkthroughMarkers,
  WalkthroughPanel,
} from '@/features/guide/chart-walkthrough'
import { ChartDefs, Legend, LEGEND_FONT, layoutLegend } from './chart-defs'
import { FocusDetails } from './focus-details'
import {
  BAND,
  decades,
  LABEL_GAP,
  LABEL_MARGIN,
  LABEL_WIDTH,
  PRINT_GEOMETRY,
  PRINT_WIDTH,
  screenGeometry,
  yearScale,
} from './geometry'
import { TimelineRow } from './timeline-row'
import { TimelineSummary } from './timeline-summary'
import { TimelineToolbar } from './timeline-toolbar'
import './timeline.css'

/**
 * The row labels' column: LABEL_WIDTH, or wider when the widest label as drawn needs more (the
 * larger type of projector mode, wide text spacing), so no label is cut at the chart's left edge.
 * Measured again when the shown pairs, their names or the page's look change. Where text cannot
 * be measured (jsdom) it stays at LABEL_WIDTH.
 */
function useLabelWidth(
  svgRef: RefObject<SVGSVGElement | null>,
  shown: readonly unknown[],
  labels: unknown,
): number {
  const look = useRootLook()
  const [labelWidth, setLabelWidth] = useState(LABEL_WIDTH)
  useLayoutEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    let widest = 0
    for (const text of svg.querySelectorAll<SVGTextElement>('.row-label')) {
      if (typeof text.getBBox !== 'function') return
      widest = Math.max(widest, text.getBBox().width)
    }
    if (widest === 0) return
    setLabelWidth(Math.max(LABEL_WIDTH, Math.ceil(widest) + LABEL_GAP + LABEL_MARGIN))
  }, [svgRef, shown, labels, look])
  return labelWidth
}

/** The timeline: every shown dyad on a shared year axis, history against the model's predictions. */
export function TimelineChart({ width: fixedWidth }: { width?: number }) {
  const wrapper = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const measured = useElementWidth(wrapper, 960)
  // On paper the chart is drawn at one width, whatever the window, so the handout fits a page.
  const printing = usePrinting()
  const width = fixedWidth ?? (printing ? PRINT_WIDTH : measured)
  const forPrint = printing && fixedWidth === undefined
  const titleId = useId()
  const dyads = useExplorerStore((s) => s.base.dyads)
  const hidden = useExplorerStore((s) => s.view.hiddenDyads)
  const yearFrom = useExplorerStore((s) => s.view.yearFrom)
  const yearTo = useExplorerStore((s) => s.view.yearTo)
  const focus = useExplorerStore((s) => s.view.focus)
  const setFocus = useExplorerStore((s) => s.setFocus)
  const settings = useExplorerStore((s) => s.settings)
  const scenario = useExplorerStore(selectScenarioDescription)
  const labels = useExplorerStore(selectLabels)
  // Whether the chosen history series leaves years out, so the legend explains the hatching.
  const notCovered = useExplorerStore((s) =>
    s.base.dyads.some((d) => d.coverage[s.settings.history]),
  )

  const atRest = useExplorerStore(selectAtRest)
  const moved = useExplorerStore((s) => selectDivergence(s).count > 0)
  const parts = useMemo(
    () => ({ scenario: moved, offHistory: !atRest, notCovered }),
    [moved, atRest, notCovered],
  )

  const shown = useMemo(() => dyads.filter((d) => !hidden.includes(d.id)), [dyads, hidden])
  const labelWidth = useLabelWidth(svgRef, shown, labels)
  const bandHeight = useTokenPixels('--band-height', BAND)
  const fontPx = useTokenPixels('--chart-font', LEGEND_FONT)
  // On screen the bands follow the --band-height token and the label column fits the widest
  // label; on paper the print layout keeps its own sizes (see PRINT_GEOMETRY).
  // Rows are memoized on their props: the geometry and the scale keep their identity.
  const geometry = useMemo(
    () => (forPrint ? PRINT_GEOMETRY : screenGeometry(bandHeight)),
    [forPrint, bandHeight],
  )
  const { rowHeight: rowH, axisHeight, top: chartTop } = geometry
  const left = forPrint ? geometry.labelWidth : labelWidth
  const scale = useMemo(
    () => yearScale(width, yearFrom, yearTo, left),
    [width, yearFrom, yearTo, left],
  )
  // The legend sits over the plot on screen, and across the whole width on paper.
  const legendLeft = geometry.legendFullWidth ? 0 : left
  const legendWidth = width - legendLeft - 16
  // The decades are labelled above the rows and, on screen, below them too, so the axis is in
  // view from both ends.
  const topAxis = chartTop + layoutLegend(legendWidth, parts, fontPx).height + 4
  const rowsTop = topAxis + axisHeight
  const bottom = geometry.bottomAxis ? axisHeight : 4
  const height = rowsTop + shown.length * rowH + bottom

  const guide = useWalkthrough()
  const drawn = useMemo(
    () => shown.map((d, k) => ({ index: dyads.indexOf(d), top: rowsTop + k * rowH })),
    [shown, dyads, rowsTop, rowH],
  )

  const onMouseMove = useCallback(
    (e: MouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect()
      const year = scale.yearAt(e.clientX - box.left)
      const row = Math.floor((e.clientY - box.top - rowsTop + 4) / rowH)
      const dyad = shown[row]
      if (year !== null && dyad) setFocus({ dyad: dyad.id, year })
    },
    [scale, rowsTop, rowH, shown, setFocus],
  )

  return (
    <figure id="timeline" className="panel timeline" aria-labelledby={titleId}>
      <figcaption>
        <div className="chart-title-row">
          <h2 id={titleId}>
            Alliances {yearFrom}–{yearTo}: history against the model
          </h2>
          <WalkthroughButton guide={guide} />
        </div>
        <p className="subtitle">
          {readingOf(settings)} Scenario: <strong>{scenario}</strong>.
        </p>
      </figcaption>
      <div className="chart-controls">
        <TimelineToolbar />
        <ExportButtons
          target={wrapper}
          selector="svg.timeline-svg"
          chart="timeline"
          title={`Alliances ${yearFrom}–${yearTo}: history against the model`}
          render={(w) => <TimelineChart width={w} />}
        />
      </div>
      <div ref={wrapper} className="chart-wrapper">
        <WalkthroughMarkers guide={guide} rows={drawn} scale={scale} />
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onMouseMove={onMouseMove}
          role="group"
          aria-label={`Timeline of ${shown.length} pairs of states, ${yearFrom}–${yearTo}`}
        >
          <ChartDefs />
          <g
            className="legend"
            aria-hidden="true"
            transform={`translate(${legendLeft} ${chartTop})`}
          >
            <Legend width={legendWidth} parts={parts} fontPx={fontPx} />
          </g>
          <g className="grid" aria-hidden="true">
            {decades(yearFrom, yearTo).map((y) => (
              <line key={y} x1={scale.x(y)} x2={scale.x(y)} y1={rowsTop - 6} y2={height - bottom} />
            ))}
          </g>
          {shown.map((d, k) => {
            const index = dyads.indexOf(d)
            return (
              <TimelineRow
                key={d.id}
                index={index}
                top={rowsTop + k * rowH}
                scale={scale}
                focusYear={focus?.dyad === d.id ? focus.year : null}
                geometry={geometry}
              />
            )
          })}
          {focus && focus.year >= yearFrom && focus.year <= yearTo && (
            <rect
              className="focus-year"
              aria-hidden="true"
              x={scale.x(focus.year)}
              width={Math.max(1, scale.step)}
              y={rowsTop - 6}
              height={height - bottom - rowsTop + 6}
            />
          )}
          {[topAxis, ...(geometry.bottomAxis ? [height - axisHeight + 4] : [])].map((top, k) => (
            <g
              key={k}
              className="axis"
              data-axis={k === 0 ? 'top' : 'bottom'}
              aria-hidden="true"
              transform={`translate(0 ${top})`}
            >
              {decades(yearFrom, yearTo).map((y) => (
                <text key={y} x={scale.x(y)} y={14} textAnchor="middle">
                  {y}
                </text>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <WalkthroughPanel guide={guide} rows={drawn} scale={scale} />
      <FocusDetails labels={labels} />
      <TimelineSummary />
    </figure>
  )
}
