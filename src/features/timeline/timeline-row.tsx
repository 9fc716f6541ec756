import { memo, type KeyboardEvent } from 'react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectBaselineDyad, selectDyadEvaluation, selectLabels } from '@/store/selectors'
import { differenceRuns, runsOf } from '@/ui/runs'
import { labelLines, SCREEN_GEOMETRY, type TimelineGeometry, type YearScale } from './geometry'

interface Props {
  readonly index: number
  readonly top: number
  readonly scale: YearScale
  /** The focused year when this row holds the focus, else null. */
  readonly focusYear: number | null
  /** The sizes to draw with: the screen's unless printing. */
  readonly geometry?: TimelineGeometry
}

const BANDS = [
  { key: 'history', className: 'band-history', fill: 'url(#pattern-history)' },
  { key: 'baseline', className: 'band-baseline', fill: 'url(#pattern-baseline)' },
  { key: 'scenario', className: 'band-scenario', fill: 'url(#pattern-scenario)' },
] as const

/**
 * One dyad on the timeline: history, the baseline prediction and the scenario prediction as three
 * bands, with the years where the scenario departs from history shaded and the years where it
 * departs from the baseline marked. Plain SVG, memoized: it re-renders only when its dyad does.
 * Keyboard: a slider over the years; arrows move a year, Page Up/Down a decade.
 */
export const TimelineRow = memo(function TimelineRow({
  index,
  top,
  scale,
  focusYear,
  geometry = SCREEN_GEOMETRY,
}: Props) {
  const { band: BAND, bandGap: BAND_GAP, labelWidth: LABEL_WIDTH, markTop } = geometry
  const de = useExplorerStore((s) => selectDyadEvaluation(s, index))
  const baseline = useExplorerStore((s) => selectBaselineDyad(s, index))
  const label = useExplorerStore((s) => selectLabels(s).dyad(de.dyad.id))
  const lines = geometry.twoLineLabels ? labelLines(label) : [label]
  const setFocus = useExplorerStore((s) => s.setFocus)
  const first = useExplorerStore((s) => s.base.firstYear)
  const { from, to, x, step } = scale

  const series = { history: de.history, baseline: baseline.predicted, scenario: de.predicted }
  // Years the history series does not cover are hatched on its band and never shaded as a
  // departure from history: there is no history to depart from.
  const uncovered = de.covered
    ? runsOf(
        de.covered.map((c) => c ^ 1),
        first,
        from,
        to,
      )
    : []
  const offHistory = differenceRuns(de.predicted, de.history, first, from, to).flatMap((r) =>
    de.covered ? runsOf(de.covered, first, r[0], r[1]) : [r],
  )
  const offBaseline = differenceRuns(de.predicted, baseline.predicted, first, from, to)
  const width = (a: number, b: number) => x(b + 1) - x(a)
  const year = focusYear ?? from
  const word = (v: number | undefined) => (v ? 'alliance' : 'no alliance')
  const i = year - first
  const historyWord = de.covered && !de.covered[i] ? 'not covered' : word(de.history[i])

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
      aria-label={`${label}: history, baseline and scenario by year`}
      aria-valuemin={from}
      aria-valuemax={to}
      aria-valuenow={year}
      aria-valuetext={`${year}: history ${historyWord}, baseline ${word(baseline.predicted[i])}, scenario ${word(de.predicted[i])}`}
      data-dyad={de.dyad.id}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (focusYear === null) setFocus({ dyad: de.dyad.id, year })
      }}
    >
      <rect className="row-hit" x={0} y={-4} width={x(to + 1)} height={geometry.rowHeight - 4} />
      {lines.length === 1 ? (
        <text
          className="row-label"
          x={LABEL_WIDTH - 8}
          y={BAND * 1.5 + BAND_GAP + 4}
          textAnchor="end"
        >
          {label}
        </text>
      ) : (
        // Two lines centred on the middle band.
        <text className="row-label" y={BAND * 1.5 + BAND_GAP} textAnchor="end">
          {lines.map((line, k) => (
            <tspan key={k} x={LABEL_WIDTH - 8} dy={k === 0 ? '-0.2em' : '1.1em'}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {offHistory.map(([a, b]) => (
        <rect
          key={`d${a}`}
          className="off-history"
          x={x(a)}
          y={-3}
          width={width(a, b)}
          height={markTop + 6}
          fill="url(#pattern-off-history)"
        />
      ))}
      {BANDS.map((band, k) => {
        const runs = runsOf(series[band.key], first, from, to)
        return (
          <g
            key={band.key}
            className={band.className}
            data-series={band.key}
            data-years={runs.map(([a, b]) => `${a}-${b}`).join(' ')}
          >
            <rect
              className="band-track"
              x={x(from)}
              y={k * (BAND + BAND_GAP)}
              width={width(from, to)}
              height={BAND}
            />
            {runs.map(([a, b]) => (
              <rect
                key={a}
                x={x(a)}
                y={k * (BAND + BAND_GAP)}
                width={width(a, b)}
                height={BAND}
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
                  height={BAND}
                  fill="url(#pattern-not-covered)"
                />
              ))}
          </g>
        )
      })}
      {offBaseline.map(([a, b]) => (
        <g key={`m${a}`} className="off-baseline">
          <rect
            x={x(a)}
            y={2 * (BAND + BAND_GAP) - 1}
            width={width(a, b)}
            height={BAND + 2}
            fill="none"
          />
          <path
            d={`M${x(a)} ${markTop + 5} l${Math.min(5, step * 2)} -5 l${Math.min(5, step * 2)} 5 z`}
          />
          {/* The first year the scenario moves the prediction, named on the chart and its export. */}
          <text
            className="change-year"
            x={x(a) + Math.min(10, step * 4) + 2}
            y={markTop + Math.min(11, geometry.rowHeight - markTop)}
          >
            {a === b ? a : `${a}–${b}`}
          </text>
        </g>
      ))}
    </g>
  )
})
