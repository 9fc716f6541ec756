import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react'
import { rich, useLanguage, useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import {
  selectAtRest,
  selectDivergence,
  selectLabels,
  selectMovedRuns,
  selectScenarioDescription,
} from '@/store/selectors'
import { useAfterFirstPaint } from '@/ui/use-after-first-paint'
import { useElementWidth } from '@/ui/use-element-width'
import { usePrinting } from '@/ui/use-printing'
import { subscribeRootLook, tokenPixels } from '@/ui/use-root-look'
import { readingOf } from '@/features/export/caption'
import { ExportButtons } from '@/features/export/export-buttons'
import {
  useWalkthrough,
  WalkthroughButton,
  WalkthroughMarkers,
  WalkthroughPanel,
} from '@/features/guide/chart-walkthrough'
import { hasAbsentYears } from './absent'
import { ChartDefs, Legend, LEGEND_FONT, layoutLegend } from './chart-defs'
import { FocusDetails } from './focus-details'
import {
  BAND,
  compactGeometry,
  decades,
  GROUP_HEADER,
  LABEL_GAP,
  LABEL_MARGIN,
  LABEL_WIDTH,
  labelLines,
  PRINT_GEOMETRY,
  PRINT_WIDTH,
  screenGeometry,
  yearScale,
} from './geometry'
import { inWindow, longestLabels, useRowWindow, WINDOWED_ROWS } from './row-window'
import { timelineChartWords } from './timeline-chart.en'
import { caseSetLabel, timelineItems, type GroupHeader } from './timeline-groups'
import { TimelineRow } from './timeline-row'
import { TimelineSummary } from './timeline-summary'
import { TimelineToolbar } from './timeline-toolbar'
import { useTimelineView } from './timeline-view-store'
import './timeline.css'

/**
 * The row labels' column for the labels as drawn: LABEL_WIDTH, or wider when the widest needs
 * more (the larger type of projector mode, wide text spacing), so no label is cut at the chart's
 * left edge. Null where text cannot be measured (jsdom).
 */
function labelColumn(svg: SVGSVGElement | null): number | null {
  if (!svg) return null
  let widest = 0
  for (const text of svg.querySelectorAll<SVGTextElement>('.row-label')) {
    if (typeof text.getBBox !== 'function') return null
    widest = Math.max(widest, text.getBBox().width)
  }
  return widest === 0 ? null : Math.max(LABEL_WIDTH, Math.ceil(widest) + LABEL_GAP + LABEL_MARGIN)
}

/** The sizes the chart takes from the page's look and from its labels as drawn. */
interface LookSizes {
  /** The bands' thickness (the --band-height token). */
  readonly band: number
  /** The chart's type size (the --chart-font token). */
  readonly font: number
  readonly labelWidth: number
}

/**
 * The chart's sizes that follow the page's look (projector mode, wide text spacing, the text
 * size). A new look is read in one go, as it lands on the page and before React draws again: the
 * tokens and the width of the labels already drawn, which the new look restyles. The rows are
 * then drawn once for it, not once for the tokens and again for the labels' new width (on the 50×
 * data each drawing of every row is tens of ms). The labels are measured again when the pairs
 * shown or their names change, and once the rows are first drawn. Where nothing can be measured
 * (jsdom) the sizes are the defaults.
 */
function useLookSizes(
  svgRef: RefObject<SVGSVGElement | null>,
  shown: readonly unknown[],
  labels: unknown,
  rowsDrawn: boolean,
): LookSizes {
  const [sizes, setSizes] = useState<LookSizes>(() => ({
    band: tokenPixels('--band-height', BAND),
    font: tokenPixels('--chart-font', LEGEND_FONT),
    labelWidth: LABEL_WIDTH,
  }))
  // Reads the tokens and the labels as drawn, in one state update.
  const follow = useCallback(() => {
    const band = tokenPixels('--band-height', BAND)
    const font = tokenPixels('--chart-font', LEGEND_FONT)
    const measured = labelColumn(svgRef.current)
    setSizes((s) => {
      const labelWidth = measured ?? s.labelWidth
      return s.band === band && s.font === font && s.labelWidth === labelWidth
        ? s
        : { band, font, labelWidth }
    })
  }, [svgRef])
  useLayoutEffect(() => subscribeRootLook(follow), [follow])
  // Also on opening, which catches a look set after the first render (projector mode applied
  // before the first paint).
  useLayoutEffect(() => follow(), [follow, shown, labels, rowsDrawn])
  return sizes
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

/** Room between the pairs of one focal state and the next, within a group, with a rule across. */
const STATE_GAP = 4

/**
 * Keeps the top axis in view while the chart is taller than the window: once the axis scrolls off
 * the top of the window, it is drawn at the window's top edge, on a band of paper, until the rows
 * end. Moved by hand (no re-render) on scroll; only on screen, never in an export or on paper.
 */
function useStickyAxis(
  svgRef: RefObject<SVGSVGElement | null>,
  axisRef: RefObject<SVGGElement | null>,
  enabled: boolean,
  axisTop: number,
  maxShift: number,
) {
  useEffect(() => {
    const svg = svgRef.current
    const axis = axisRef.current
    if (!svg || !axis) return
    const place = () => {
      const shift = enabled
        ? Math.min(maxShift, Math.max(0, -svg.getBoundingClientRect().top - axisTop))
        : 0
      const transform = `translate(0 ${shift})`
      if (axis.getAttribute('transform') === transform) return
      axis.setAttribute('transform', transform)
      axis.classList.toggle('is-stuck', shift > 0)
    }
    // Placed in the next frame, not during React's commit: reading the chart's position there
    // would force a layout of the whole page in the middle of a click's update, before the
    // rest of the update has written to the page (11 ms with every case shown).
    let frame = requestAnimationFrame(place)
    if (!enabled) return () => cancelAnimationFrame(frame)
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(place)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [svgRef, axisRef, enabled, axisTop, maxShift])
}

/** The timeline: every shown dyad on a shared year axis, history against the model's predictions. */
export function TimelineChart({
  width: fixedWidth,
  deferRows = false,
}: {
  width?: number
  /**
   * On the page, where the first render builds everything at once: the rows (most of the chart's
   * elements) are drawn just after the page first paints, in a task of their own. The chart's
   * frame, axes and full height are there from the start, so nothing below it moves.
   */
  deferRows?: boolean
}) {
  const wrapper = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const axisRef = useRef<SVGGElement>(null)
  const measured = useElementWidth(wrapper, 960)
  // On paper the chart is drawn at one width, whatever the window, so the handout fits a page.
  const printing = usePrinting()
  // On paper the rows are drawn at once, however soon the page is printed.
  const rowsReady = useAfterFirstPaint(deferRows && fixedWidth === undefined) || printing
  const width = fixedWidth ?? (printing ? PRINT_WIDTH : measured)
  const forPrint = printing && fixedWidth === undefined
  const titleId = useId()
  const t = useT(timelineChartWords)
  const language = useLanguage()
  const base = useExplorerResult((s) => s.base)
  const dyads = base.dyads
  const hidden = useExplorerResult((s) => s.view.hiddenDyads)
  const yearFrom = useExplorerResult((s) => s.view.yearFrom)
  const yearTo = useExplorerResult((s) => s.view.yearTo)
  // The keyboard's place on the chart is a control: it moves at once, like the focus ring.
  const focus = useExplorerStore((s) => s.view.focus)
  const setFocus = useExplorerStore((s) => s.setFocus)
  const settings = useExplorerResult((s) => s.settings)
  const scenario = useExplorerResult(selectScenarioDescription)
  const labels = useExplorerResult(selectLabels)
  // Whether the chosen history series leaves years out, so the legend explains the hatching.
  const notCovered = useExplorerResult((s) =>
    s.base.dyads.some((d) => d.coverage[s.settings.history]),
  )

  // Which rows, in what order, under which headers (one group: no header, the data's order).
  const collapsed = useTimelineView((s) => s.collapsed)
  const compact = useTimelineView((s) => s.compact)
  const stateFilter = useTimelineView((s) => s.state)
  const search = useTimelineView((s) => s.search)
  const toggleCollapsed = useTimelineView((s) => s.toggleCollapsed)
  const { items } = useMemo(
    () => timelineItems(base, labels, { hidden, state: stateFilter, search, collapsed }),
    [base, labels, hidden, stateFilter, search, collapsed],
  )

  const atRest = useExplorerResult(selectAtRest)
  // Per pair, the years the scenario moves its prediction: unchanged pairs keep the same array.
  const movedRuns = useExplorerResult(selectMovedRuns)
  const moved = useExplorerResult((s) => selectDivergence(s).count > 0)
  const shownIndex = useMemo(
    () => items.flatMap((item) => (item.kind === 'row' ? [item.index] : [])),
    [items],
  )
  const shown = useMemo(() => shownIndex.map((index) => dyads[index]!), [shownIndex, dyads])
  // Whether a pair drawn has years in which one of its states did not exist.
  const absent = useMemo(
    () => shown.some((d) => hasAbsentYears(d, base.firstYear, yearFrom, yearTo)),
    [shown, base.firstYear, yearFrom, yearTo],
  )
  const parts = useMemo(
    () => ({ scenario: moved, offHistory: !atRest, notCovered, absent }),
    [moved, atRest, notCovered, absent],
  )
  const {
    labelWidth,
    band: bandHeight,
    font: fontPx,
  } = useLookSizes(svgRef, shown, labels, rowsReady)
  // On screen the bands follow the --band-height token and the label column fits the widest
  // label; on paper the print layout keeps its own sizes (see PRINT_GEOMETRY).
  // Rows are memoized on their props: the geometry and the scale keep their identity.
  // Row labels keep to one line where the chart is wide enough (the label column widens to the
  // widest), so a row without the scenario's band can be two bands tall; a phone breaks them.
  const twoLines = width < TWO_LINE_WIDTH
  // Compact rows (an option for many pairs) have thinner bands, never a smaller target than 24 px.
  const geometry = useMemo(
    () =>
      forPrint
        ? PRINT_GEOMETRY
        : {
            ...(compact ? compactGeometry(bandHeight) : screenGeometry(bandHeight)),
            twoLineLabels: twoLines,
          },
    [forPrint, compact, bandHeight, twoLines],
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
    layoutLegend(width - left - 16, parts, fontPx, language).height <=
      layoutLegend(width - 20, parts, fontPx, language).height
      ? left
      : 4
  const legendWidth = width - legendLeft - 16
  // The decades are labelled above the rows and, on screen, below them too, so the axis is in
  // view from both ends.
  const topAxis = chartTop + layoutLegend(legendWidth, parts, fontPx, language).height + 4
  const rowsTop = topAxis + axisHeight
  const bottom = geometry.bottomAxis ? axisHeight : 4
  // A row the scenario moves carries the scenario's band; the others are a band shorter, so the
  // chart is compact at rest and grows only where the scenario changes a prediction.
  // Group headers (when the rows are grouped) take a row of their own; a new focal state within a
  // group starts after a small gap.
  const { rows, headers, stateRules, rowsBottom } = useMemo(() => {
    const rows: { index: number; top: number; height: number }[] = []
    const headers: { item: GroupHeader; top: number }[] = []
    const stateRules: number[] = []
    let y = rowsTop
    for (const item of items) {
      if (item.kind === 'group') {
        headers.push({ item, top: y })
        y += GROUP_HEADER
        continue
      }
      const { index } = item
      if (item.newState) {
        stateRules.push(y + STATE_GAP / 2 - 3)
        y += STATE_GAP
      }
      const moves = movedRuns[index]!.some(([a, b]) => b >= yearFrom && a <= yearTo)
      // Two-line labels need the full row.
      const short = !moves && !geometry.twoLineLabels
      const height = Math.max(
        geometry.minRowHeight,
        short ? rowH - geometry.band - geometry.bandGap : rowH,
      )
      rows.push({ index, top: y, height })
      y += height
    }
    return { rows, headers, stateRules, rowsBottom: y }
  }, [items, movedRuns, yearFrom, yearTo, rowsTop, rowH, geometry])
  const height = rowsBottom + bottom
  // Hundreds of pairs: only the rows near the window are drawn on screen, and the row holding the
  // keyboard always is; an export or the handout draws every row.
  const windowed = fixedWidth === undefined && !printing && rows.length > WINDOWED_ROWS
  const rowWindow = useRowWindow(svgRef, windowed)
  // The label column is measured on the labels drawn: with rows left out, on the longest labels
  // too, drawn out of sight, so the column does not change as the window moves.
  const probeLabels = useMemo(
    () => (windowed ? longestLabels(shown.map((d) => labels.dyad(d.id))) : []),
    [windowed, shown, labels],
  )
  // The top axis follows the window down a chart taller than the window, until the rows end.
  useStickyAxis(
    svgRef,
    axisRef,
    fixedWidth === undefined && !printing,
    topAxis,
    Math.max(0, rowsBottom - topAxis - axisHeight),
  )

  const guide = useWalkthrough()
  const title = t('title', { from: String(yearFrom), to: String(yearTo) })

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
          <h2 id={titleId}>{title}</h2>
          <WalkthroughButton guide={guide} />
        </div>
        <p className="subtitle">
          {rich(t('subtitle', { reading: readingOf(settings), scenario }), {
            b: (c) => <strong>{c}</strong>,
          })}
        </p>
      </figcaption>
      <div className="chart-controls">
        <TimelineToolbar />
        <ExportButtons
          target={wrapper}
          selector="svg.timeline-svg"
          chart="timeline"
          title={title}
          render={(w) => <TimelineChart width={w} />}
        />
      </div>
      <div ref={wrapper} className="chart-wrapper">
        <WalkthroughMarkers guide={guide} rows={rows} scale={scale} geometry={geometry} />
        {/* Each group's header is a real button over its row of the chart, which draws its words. */}
        {headers.map(({ item, top }) => (
          <button
            key={item.set}
            type="button"
            className="group-toggle"
            aria-expanded={!item.collapsed}
            style={{ top: top - 3, width, height: GROUP_HEADER - 2 }}
            onClick={() => toggleCollapsed(item.set)}
          >
            <span className="visually-hidden">
              {t('group.button', { group: caseSetLabel(item.set), n: item.pairs })}
            </span>
          </button>
        ))}
        <svg
          ref={svgRef}
          className="timeline-svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          onMouseMove={onMouseMove}
          role="group"
          aria-label={t('svg.label', {
            n: shown.length,
            from: String(yearFrom),
            to: String(yearTo),
          })}
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
          {headers.map(({ item, top }) => (
            <g
              key={item.set}
              className={`group-header${item.collapsed ? ' is-collapsed' : ''}`}
              data-group={item.set}
              aria-hidden="true"
              transform={`translate(0 ${top})`}
            >
              <rect className="group-rule" x={0} y={-3} width={width} height={GROUP_HEADER - 2} />
              <path
                className="group-mark"
                d={item.collapsed ? 'M8 4 l7 5.5 l-7 5.5 z' : 'M6 6 l11 0 l-5.5 7 z'}
              />
              <text className="group-label" x={22} y={14}>
                {t(item.collapsed ? 'group.folded' : 'group', {
                  group: caseSetLabel(item.set),
                  n: item.pairs,
                })}
              </text>
            </g>
          ))}
          {stateRules.map((y) => (
            <line
              key={y}
              className="state-rule"
              aria-hidden="true"
              x1={4}
              x2={width - 4}
              y1={y}
              y2={y}
            />
          ))}
          {probeLabels.length > 0 && (
            <g className="label-probe" aria-hidden="true" visibility="hidden">
              {probeLabels.map((label) => (
                <text key={label} className="row-label">
                  {(geometry.twoLineLabels ? labelLines(label) : [label]).map((line, k) => (
                    <tspan key={k} x={0} dy={k === 0 ? 0 : '1.1em'}>
                      {line}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
          )}
          {rowsReady &&
            shown.map((d, k) => {
              const { index, top, height: rowHeight } = rows[k]!
              if (!inWindow(rowWindow, top, rowHeight) && focus?.dyad !== d.id) return null
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
              {/* The top axis is moved within this group to stay in view (useStickyAxis). */}
              <g ref={k === 0 ? axisRef : undefined}>
                {k === 0 && (
                  <rect className="axis-backdrop" x={0} y={-2} width={width} height={axisHeight} />
                )}
                {labelledDecades(yearFrom, yearTo, scale.step).map((y) => (
                  <text key={y} x={scale.x(y)} y={14} textAnchor="middle">
                    {y}
                  </text>
                ))}
              </g>
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
