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
  selectMovedRuns,
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

/** Narrower than this, row labels break onto two lines. */
const TWO_LINE_WIDTH = 760
/** Narrower than this, the plot leaves the legend the whole width of the chart. */
const NARROW_PLOT = 480
/** The room a year label ("1990") needs on the axis, with a gap to the next. */
const YEAR_LABEL_ROOM = 36

/**
 * The decades labelled on the axis: every one where there is room, else every second or third,
 * so the labels never run together on a phone (the grid keeps a line for each decade).
 */
function labelledDecades(from: number, to: number, step: number): number[] {
  const every = [10, 20, 30, 50].find((n) => n * step >= YEAR_LABEL_ROOM) ?? 50
  return decades(from, to).filter((y) => y % every === 0)
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
  // Per pair, the years the scenario moves its prediction: unchanged pairs keep the same array.
  const movedRuns = useExplorerStore(selectMovedRuns)
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
  // Row labels keep to one line where the chart is wide enough (the label column widens to the
  // widest), so a row without the scenario's band can be two bands tall; a phone breaks them.
  const twoLines = width < TWO_LINE_WIDTH
  const geometry = useMemo(
    () => (forPrint ? PRINT_GEOMETRY : { ...screenGeometry(bandHeight), twoLineLabels: twoLines }),
    [forPrint, bandHeight, twoLines],
  )
  const { rowHeight: rowH, axisHeight, top: chartTop } = geometry
  const left = forPrint ? geometry.labelWidth : labelWidth
  const scale = useMemo(
    () => yearScale(width, yearFrom, yearTo, left),
    [width, yearFrom, yearTo, left],
  )
  // The legend sits over the plot on a wide screen, and across the whole width on paper, where
  // the plot is too narrow for it (a phone), or where the whole width keeps it to fewer lines.
  const overPlot = !geometry.legendFullWidth && width - left >= NARROW_PLOT
  const legendLeft =
    overPlot &&
    layoutLegend(width - left - 16, parts, fontPx).height <=
      layoutLegend(width - 20, parts, fontPx).height
      ? left
      : 4
  const legendWidth = width - legendLeft - 16
  // The decades are labelled above the rows and, on screen, below them too, so the axis is in
  // view from both ends.
  const topAxis = chartTop + layoutLegend(legendWidth, parts, fontPx).height + 4
  const rowsTop = topAxis + axisHeight
  const bottom = geometry.bottomAxis ? axisHeight : 4
  // A row the scenario moves carries the scenario's band; the others are a band shorter, so the
  // chart is compact at rest and grows only where the scenario changes a prediction.
  const shownIndex = useMemo(() => shown.map((d) => dyads.indexOf(d)), [shown, dyads])
  const rows = useMemo(() => {
    const out: { index: number; top: number; height: number }[] = []
    for (const index of shownIndex) {
      const moves = movedRuns[index]!.some(([a, b]) => b >= yearFrom && a <= yearTo)
      const previous = out.at(-1)
      // Two-line labels need the full row.
      const short = !moves && !geometry.twoLineLabels
      out.push({
        index,
        top: previous ? previous.top + previous.height : rowsTop,
        height: short ? rowH - geometry.band - geometry.bandGap : rowH,
      })
    }
    return out
  }, [shownIndex, movedRuns, yearFrom, yearTo, rowsTop, rowH, geometry])
  const rowsBottom = rows.length > 0 ? rows.at(-1)!.top + rows.at(-1)!.height : rowsTop
  const height = rowsBottom + bottom

  const guide = useWalkthrough()

  const onMouseMove = useCallback(
    (e: MouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect()
      const year = scale.yearAt(e.clientX - box.left)
      const y = e.clientY - box.top
      const dyad = shown[rows.findIndex((r) => y >= r.top - 3 && y < r.top - 3 + r.height)]
      if (year !== null && dyad) setFocus({ dyad: dyad.id, year })
    },
    [scale, rows, shown, setFocus],
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
        <WalkthroughMarkers guide={guide} rows={rows} scale={scale} geometry={geometry} />
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
            const { index, top, height: rowHeight } = rows[k]!
            return (
              <TimelineRow
                key={d.id}
                index={index}
                top={top}
                height={rowHeight}
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
              {labelledDecades(yearFrom, yearTo, scale.step).map((y) => (
                <text key={y} x={scale.x(y)} y={14} textAnchor="middle">
                  {y}
                </text>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <WalkthroughPanel guide={guide} rows={rows} scale={scale} />
      <FocusDetails labels={labels} />
      <TimelineSummary />
    </figure>
  )
}
