import { useCallback, useId, useMemo, useRef, type MouseEvent } from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels, selectScenarioDescription } from '@/store/selectors'
import { useElementWidth } from '@/ui/use-element-width'
import { usePrinting } from '@/ui/use-printing'
import { readingOf } from '@/features/export/caption'
import { ExportButtons } from '@/features/export/export-buttons'
import { ChartDefs, Legend, layoutLegend } from './chart-defs'
import { FocusDetails } from './focus-details'
import { decades, PRINT_GEOMETRY, PRINT_WIDTH, SCREEN_GEOMETRY, yearScale } from './geometry'
import { TimelineRow } from './timeline-row'
import { TimelineSummary } from './timeline-summary'
import { TimelineToolbar } from './timeline-toolbar'

/** The timeline: every shown dyad on a shared year axis, history against the model's predictions. */
export function TimelineChart({ width: fixedWidth }: { width?: number }) {
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 960)
  // On paper the chart is drawn at one width, whatever the window, so the handout fits a page.
  const printing = usePrinting()
  const width = fixedWidth ?? (printing ? PRINT_WIDTH : measured)
  const geometry = printing && fixedWidth === undefined ? PRINT_GEOMETRY : SCREEN_GEOMETRY
  const {
    labelWidth: LABEL_WIDTH,
    rowHeight: ROW_HEIGHT,
    axisHeight: AXIS_HEIGHT,
    top: TOP,
  } = geometry
  // The legend sits over the plot on screen, and across the whole width on paper.
  const legendLeft = geometry.legendFullWidth ? 0 : LABEL_WIDTH
  const legendWidth = width - legendLeft - 16
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

  const shown = useMemo(() => dyads.filter((d) => !hidden.includes(d.id)), [dyads, hidden])
  // Rows are memoized on their props: the scale must keep its identity between renders.
  const scale = useMemo(
    () => yearScale(width, yearFrom, yearTo, LABEL_WIDTH),
    [width, yearFrom, yearTo, LABEL_WIDTH],
  )
  // The decades are labelled above the rows and below them, so the axis is in view from both ends.
  const topAxis = TOP + layoutLegend(legendWidth, notCovered).height + 4
  const rowsTop = topAxis + AXIS_HEIGHT
  const bottom = geometry.bottomAxis ? AXIS_HEIGHT : 4
  const height = rowsTop + shown.length * ROW_HEIGHT + bottom

  const onMouseMove = useCallback(
    (e: MouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect()
      const year = scale.yearAt(e.clientX - box.left)
      const row = Math.floor((e.clientY - box.top - rowsTop + 4) / ROW_HEIGHT)
      const dyad = shown[row]
      if (year !== null && dyad) setFocus({ dyad: dyad.id, year })
    },
    [scale, rowsTop, shown, setFocus, ROW_HEIGHT],
  )

  return (
    <figure className="panel timeline" aria-labelledby={titleId}>
      <figcaption>
        <h2 id={titleId}>
          Alliances {yearFrom}–{yearTo}: history against the model
        </h2>
        <p className="subtitle">
          {readingOf(settings)} Scenario: <strong>{scenario}</strong>.
        </p>
      </figcaption>
      <TimelineToolbar />
      <ExportButtons
        target={wrapper}
        selector="svg.timeline-svg"
        chart="timeline"
        title={`Alliances ${yearFrom}–${yearTo}: history against the model`}
        render={(w) => <TimelineChart width={w} />}
      />
      <div ref={wrapper} className="chart-wrapper">
        <svg
          className="timeline-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onMouseMove={onMouseMove}
          role="group"
          aria-label={`Timeline of ${shown.length} pairs of states, ${yearFrom}–${yearTo}`}
        >
          <ChartDefs />
          <g className="legend" aria-hidden="true" transform={`translate(${legendLeft} ${TOP})`}>
            <Legend width={legendWidth} notCovered={notCovered} />
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
                top={rowsTop + k * ROW_HEIGHT}
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
          {[topAxis, ...(geometry.bottomAxis ? [height - AXIS_HEIGHT + 4] : [])].map((top, k) => (
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
      <FocusDetails labels={labels} />
      <TimelineSummary />
    </figure>
  )
}
