import { memo, useMemo, type KeyboardEvent } from 'react'
import type { DyadEvaluation } from '@/model/evaluate'
import { useShallow } from 'zustand/react/shallow'
import type { ExplorerState } from '@/store/explorer-store'
import { useExplorerResult } from '@/store/result-state'
import {
  runsWithin,
  selectAtRest,
  selectBaselineDyad,
  selectDyadEvaluation,
  selectLabels,
  selectMovedRuns,
  type YearRun,
} from '@/store/selectors'
import type { Translate } from '@/i18n/catalogue'
import { useT } from '@/i18n/react'
import { differenceRuns, runsOf } from '@/ui/runs'
import { absentRuns, missingStates } from './absent'
import {
  LABEL_GAP,
  labelLines,
  SCREEN_GEOMETRY,
  type TimelineGeometry,
  type YearScale,
} from './geometry'
import { timelineRowWords } from './timeline-row.en'

interface Props {
  readonly index: number
  readonly top: number
  /** The row's height: a band shorter where the scenario's band is not drawn. */
  readonly height?: number
  readonly scale: YearScale
  /** The focused year when this row holds the focus, else null. */
  readonly focusYear: number | null
  /**
   * The sizes to draw with: the screen's (bands as thick as the --band-height token) unless
   * printing. The label column's width comes from `scale.left`.
   */
  readonly geometry?: TimelineGeometry
}

const BANDS = [
  { key: 'history', className: 'band-history', fill: 'url(#pattern-history)' },
  { key: 'baseline', className: 'band-baseline', fill: 'url(#pattern-baseline)' },
  { key: 'scenario', className: 'band-scenario', fill: 'url(#pattern-scenario)' },
] as const

/** The least width of an absent run that is named on the chart ("did not exist"). */
const ABSENT_LABEL_WIDTH = 90

/** About how wide a digit of a change-year label is drawn, to tell whether it fits after its run. */
const CHANGE_LABEL_CHARS = 7

/**
 * Where the label of the years a scenario moves goes, and in what words: after the run or before
 * it, where the scenario's band is empty for the label's width, in full ("1992–1994") if it fits
 * and shortened ("1992–94") if only that fits; if neither fits (a phone, a crowded row), after
 * the run when the plot has room, else before it.
 */
export function changeLabelPlace(
  a: number,
  b: number,
  scenarioRuns: readonly (readonly [number, number])[],
  scale: Pick<YearScale, 'x' | 'from' | 'to'>,
): { after: boolean; text: string } {
  const { x, from, to } = scale
  const full = a === b ? `${a}` : `${a}–${b}`
  const short = a === b || Math.floor(a / 100) !== Math.floor(b / 100) ? full : `${a}–${b % 100}`
  const need = (text: string) => CHANGE_LABEL_CHARS * text.length + 12
  // The empty stretches of the band on either side of the run.
  let next = to + 1
  let previous = from - 1
  for (const [s, e] of scenarioRuns) {
    if (e > b) next = Math.min(next, Math.max(s, b + 1))
    if (s < a) previous = Math.max(previous, Math.min(e, a - 1))
  }
  const room = { after: x(next) - x(b + 1), before: x(a) - x(previous + 1) }
  for (const text of [full, short])
    for (const after of [true, false])
      if (need(text) <= room[after ? 'after' : 'before']) return { after, text }
  return { after: x(b + 1) + need(full) <= x(to + 1), text: short }
}

/**
 * One dyad on the timeline: history and the model on history (the baseline) as two bands. A third
 * band, the model on the scenario, is drawn only where a scenario moves this pair's prediction,
 * with the years it departs from the baseline marked; the years where the model departs from
 * history are shaded only once a scenario or a setting is in force. At rest the row is history and
 * the model only. Plain SVG, memoized: it re-renders only when its dyad does (or the chart leaves
 * or comes back to rest). Its bands and its shading are memoized apart from its position, so a row
 * that only moves down (a row above it grew) or only gains or loses its shading redraws nothing
 * else. Keyboard: a slider over the years; arrows move a year, Page Up/Down a
 * decade. The scenario group always carries the model's years in `data-years`, drawn or not.
 */
export const TimelineRow = memo(function TimelineRow(props: Props) {
  // One selection per row, not one per input: the large dataset draws 500 rows. On every change
  // each row selects again (a few lookups) and redraws only if its own pair's figures moved.
  const data = useExplorerResult(
    useShallow((s) => ({
      base: s.base,
      de: selectDyadEvaluation(s, props.index),
      baseline: selectBaselineDyad(s, props.index),
      labels: selectLabels(s),
      setFocus: s.setFocus,
      first: s.base.firstYear,
      atRest: selectAtRest(s),
      // The years the scenario moves this pair's prediction, shared with the chart and the callout.
      moved: selectMovedRuns(s)[props.index]!,
    })),
  )
  // The same function for every row until the language changes: the rows stay memoized.
  const t = useT(timelineRowWords)
  return <RowView {...props} {...data} t={t} />
})

interface RowData {
  readonly base: ExplorerState['base']
  readonly de: DyadEvaluation
  readonly baseline: DyadEvaluation
  readonly labels: ReturnType<typeof selectLabels>
  readonly setFocus: ExplorerState['setFocus']
  readonly first: number
  readonly atRest: boolean
  readonly moved: ReturnType<typeof selectMovedRuns>[number]
  readonly t: Translate<typeof timelineRowWords>
}

const RowView = memo(function RowView({
  top,
  height,
  scale,
  focusYear,
  geometry = SCREEN_GEOMETRY,
  base,
  de,
  baseline,
  labels,
  setFocus,
  first,
  atRest,
  moved,
  t,
}: Props & RowData) {
  const { band: bandHeight, bandGap } = geometry
  const label = useMemo(() => labels.dyad(de.dyad.id), [labels, de.dyad.id])
  const { from, to, x } = scale
  const offBaseline = useMemo(() => runsWithin(moved, from, to), [moved, from, to])
  const lines = useMemo(
    () => (geometry.twoLineLabels ? labelLines(label) : [label]),
    [geometry.twoLineLabels, label],
  )

  // The hit area and the label keep their elements while their inputs stay, so a row that only
  // moves or only changes its words for assistive technology redraws neither.
  const rowHeight = height ?? geometry.rowHeight
  const hitWidth = x(to + 1)
  const hit = useMemo(
    () => <rect className="row-hit" x={0} y={-3} width={hitWidth} height={rowHeight} />,
    [hitWidth, rowHeight],
  )
  const labelText = useMemo(
    () =>
      lines.length === 1 ? (
        <text
          className="row-label"
          x={scale.left - LABEL_GAP}
          y={bandHeight * 1.5 + bandGap + 4}
          textAnchor="end"
        >
          {label}
        </text>
      ) : (
        // Two lines centred on the middle band.
        <text className="row-label" y={bandHeight * 1.5 + bandGap} textAnchor="end">
          {lines.map((line, k) => (
            <tspan key={k} x={scale.left - LABEL_GAP} dy={k === 0 ? '-0.2em' : '1.1em'}>
              {line}
            </tspan>
          ))}
        </text>
      ),
    [lines, label, scale.left, bandHeight, bandGap],
  )

  const year = focusYear ?? from
  const word = (v: number | undefined) => t(v ? 'alliance' : 'no-alliance')
  const i = year - first
  const historyWord = de.covered && !de.covered[i] ? t('not-covered') : word(de.history[i])
  // A year one of the states did not exist is no dyad-year: it is said so, never "no alliance".
  const missing =
    de.dyad.exists && !de.dyad.exists[i] ? missingStates(base, labels, de.dyad.id, year) : null
  const valueText = missing
    ? t('value.absent', { year: String(year), states: missing })
    : t(atRest ? 'value.at-rest' : 'value', {
        year: String(year),
        history: historyWord,
        baseline: word(baseline.predicted[i]),
        scenario: word(de.predicted[i]),
      })

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -10,
      PageUp: 10,
      Home: from - year,
      End: to - year,
    }
    const move = moves[e.key]
    if (move === undefined) return
    e.preventDefault()
    setFocus({ dyad: de.dyad.id, year: Math.min(to, Math.max(from, year + move)) })
  }

  return (
    <g
      className={`timeline-row${focusYear !== null ? ' is-focused' : ''}`}
      transform={`translate(0 ${top})`}
      role="slider"
      tabIndex={0}
      aria-label={t('label', { pair: label })}
      aria-valuemin={from}
      aria-valuemax={to}
      aria-valuenow={year}
      aria-valuetext={valueText}
      data-dyad={de.dyad.id}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (focusYear === null) setFocus({ dyad: de.dyad.id, year })
      }}
    >
      {hit}
      {labelText}
      <OffHistory de={de} first={first} scale={scale} geometry={geometry} atRest={atRest} />
      <RowBands
        de={de}
        baseline={baseline}
        offBaseline={offBaseline}
        first={first}
        scale={scale}
        geometry={geometry}
        absentLabel={t('absent')}
      />
    </g>
  )
})

/**
 * The years the model departs from history, shaded across the row; only once a scenario or a
 * setting is in force. Years the history series does not cover are never shaded: there is no
 * history to depart from.
 */
const OffHistory = memo(function OffHistory({
  de,
  first,
  scale,
  geometry,
  atRest,
}: {
  readonly de: DyadEvaluation
  readonly first: number
  readonly scale: YearScale
  readonly geometry: TimelineGeometry
  readonly atRest: boolean
}) {
  if (atRest) return null
  const { from, to, x } = scale
  const offHistory = differenceRuns(de.predicted, de.history, first, from, to).flatMap((r) =>
    de.covered ? runsOf(de.covered, first, r[0], r[1]) : [r],
  )
  return offHistory.map(([a, b]) => (
    <rect
      key={`d${a}`}
      className="off-history"
      x={x(a)}
      y={-3}
      width={x(b + 1) - x(a)}
      height={geometry.markTop + 6}
      fill="url(#pattern-off-history)"
    />
  ))
})

/**
 * History, the baseline and (where the scenario moves this pair in the years shown) the scenario
 * as bands, with the years the scenario moves marked and named. Redrawn only when this pair's
 * predictions, the years shown or the sizes change.
 */
const RowBands = memo(function RowBands({
  de,
  baseline,
  offBaseline,
  first,
  scale,
  geometry,
  absentLabel,
}: {
  readonly de: DyadEvaluation
  readonly baseline: DyadEvaluation
  readonly offBaseline: readonly YearRun[]
  readonly first: number
  readonly scale: YearScale
  readonly geometry: TimelineGeometry
  /** "did not exist", in the language in use. */
  readonly absentLabel: string
}) {
  const { band: bandHeight, bandGap } = geometry
  const { from, to, x } = scale
  const series = { history: de.history, baseline: baseline.predicted, scenario: de.predicted }
  // Years the history series does not cover are hatched on its band; years a state did not exist
  // are not among them (they are drawn as absent across the row).
  const exists = de.dyad.exists
  const uncovered = de.covered
    ? runsOf(
        de.covered.map((c, i) => (c ^ 1) & (exists ? exists[i]! : 1)),
        first,
        from,
        to,
      )
    : []
  const absent = absentRuns(de.dyad, first, from, to)
  // The scenario band only where the scenario moves this pair's prediction in the years shown.
  const drawScenario = offBaseline.length > 0
  const scenarioRuns = drawScenario ? runsOf(series.scenario, first, from, to) : []
  const width = (a: number, b: number) => x(b + 1) - x(a)
  return (
    <>
      {BANDS.map((band, k) => {
        const runs = runsOf(series[band.key], first, from, to)
        const years = runs.map(([a, b]) => `${a}-${b}`).join(' ')
        if (band.key === 'scenario' && !drawScenario) {
          // Nothing drawn: the same as the baseline. The years stay for anyone reading the chart.
          return <g key={band.key} data-series={band.key} data-years={years} data-drawn="false" />
        }
        return (
          <g key={band.key} className={band.className} data-series={band.key} data-years={years}>
            <rect
              className="band-track"
              x={x(from)}
              y={k * (bandHeight + bandGap)}
              width={width(from, to)}
              height={bandHeight}
            />
            {runs.map(([a, b]) => (
              <rect
                key={a}
                x={x(a)}
                y={k * (bandHeight + bandGap)}
                width={width(a, b)}
                height={bandHeight}
                fill={band.fill}
              />
            ))}
            {band.key === 'history' &&
              uncovered.map(([a, b]) => (
                <rect
                  key={`n${a}`}
                  className="not-covered"
                  data-years={`${a}-${b}`}
                  x={x(a)}
                  y={0}
                  width={width(a, b)}
                  height={bandHeight}
                  fill="url(#pattern-not-covered)"
                />
              ))}
          </g>
        )
      })}
      {absent.map(([a, b]) => {
        // No dyad-year: one pale, cross-hatched band over the row's bands, named where it fits.
        const bands = drawScenario ? 3 : 2
        const h = bands * bandHeight + (bands - 1) * bandGap
        const w = width(a, b)
        return (
          <g key={`x${a}`} className="absent" data-years={`${a}-${b}`}>
            <rect x={x(a)} y={0} width={w} height={h} fill="url(#pattern-absent)" />
            {w >= ABSENT_LABEL_WIDTH && (
              <text
                className="absent-label"
                x={x(a) + w / 2}
                y={h / 2}
                dominantBaseline="central"
                textAnchor="middle"
              >
                {absentLabel}
              </text>
            )}
          </g>
        )
      })}
      {offBaseline.map(([a, b]) => {
        // The years the scenario moves, named beside the run on the scenario's band, where the
        // band is empty: after the run or before it, in full or shortened ("1992–94"); failing
        // both, after it (or before it at the right edge) over the band.
        const bandTop = 2 * (bandHeight + bandGap)
        const { after, text } = changeLabelPlace(a, b, scenarioRuns, scale)
        return (
          <g key={`m${a}`} className="off-baseline">
            <rect
              x={x(a)}
              y={bandTop - 1}
              width={width(a, b)}
              height={bandHeight + 2}
              fill="none"
            />
            <path
              d={
                after
                  ? `M${x(b + 1) + 2} ${bandTop + bandHeight / 2} l6 -5 v10 z`
                  : `M${x(a) - 2} ${bandTop + bandHeight / 2} l-6 -5 v10 z`
              }
            />
            {/* Named on the chart and in its export. */}
            <text
              className="change-year"
              x={after ? x(b + 1) + 10 : x(a) - 10}
              y={bandTop + bandHeight / 2}
              dominantBaseline="central"
              textAnchor={after ? 'start' : 'end'}
            >
              {text}
            </text>
          </g>
        )
      })}
    </>
  )
})
