import { showOnTimeline } from '@/features/timeline/show-on-timeline'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { rich, useT } from '@/i18n/react'
import { stateLifespan } from '@/model/lifespan'
import { effectiveValue } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { selectBaseline, selectEvaluation, selectLabels } from '@/store/selectors'
import { ExportButtons } from '@/features/export/export-buttons'
import { TABLE_ID } from '@/features/metrics/metrics-panel'
import { useElementWidth } from '@/ui/use-element-width'
import { useTokenPixels } from '@/ui/use-root-look'
import {
  LABEL_FONT,
  labelWidth,
  legendLayout,
  legendTextWidth,
  NETWORK_HEIGHT,
  networkLayout,
  networkMinWidth,
  NODE_R,
  placeLabel,
  ringOrder,
  textUnits,
} from './network-layout'
import { networkViewWords } from './network-view.en'
import './network.css'

const HEIGHT = NETWORK_HEIGHT
const PLAY_MS = 700
// Colours and widths are design tokens (src/ui/tokens.css), so projector mode thickens the lines.
const LINES = [
  {
    key: 'history',
    word: 'line.history',
    style: { stroke: 'var(--history)', strokeWidth: 'var(--line-history)' },
    dash: undefined,
    offset: -5,
  },
  {
    key: 'baseline',
    word: 'line.baseline',
    style: { stroke: 'var(--baseline)', strokeWidth: 'var(--line-baseline)' },
    dash: '7 4',
    offset: 0,
  },
  {
    key: 'scenario',
    word: 'line.scenario',
    style: { stroke: 'var(--scenario-line)', strokeWidth: 'var(--line-scenario)' },
    dash: '2 3',
    offset: 5,
  },
] as const
const LABEL = { fontSize: 'var(--chart-font)', fill: 'var(--ink)' }
const HALO = { stroke: 'var(--off-history)', strokeOpacity: 'var(--off-history-halo)' }
const DIFFERS = { fill: 'var(--off-history-ink)', fontWeight: 'bold' }

type Line = (typeof LINES)[number]['key']

/**
 * The alliance network in one year: states as nodes (filled when communist under the scenario),
 * and for each pair up to three edges: history, the baseline prediction and the scenario's. A pair
 * where the scenario differs from history gets a halo and a "≠". A year slider steps through time
 * (arrows a year, Page Up/Down a decade) and can play; choosing an edge shows that pair in the
 * timeline and the table.
 */
export function NetworkView({
  width: fixedWidth,
  year: fixedYear,
}: {
  /** A fixed width and year, as for an exported image. */
  width?: number
  year?: number
} = {}) {
  const id = useId()
  const t = useT(networkViewWords)
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  // The legend's items are spaced for the chart's type size, and the names placed for theirs
  // (both larger in projector mode).
  const fontScale = useTokenPixels('--chart-font', 12) / 12
  const nameFont = useTokenPixels('--node-font', LABEL_FONT)
  const base = useExplorerStore((s) => s.base)
  const scenario = useExplorerStore((s) => s.scenario)
  const evaluation = useExplorerStore(selectEvaluation)
  const baseline = useExplorerStore(selectBaseline)
  const labels = useExplorerStore(selectLabels)
  const setTableFilter = useExplorerStore((s) => s.setTableFilter)
  const [year, setYear] = useState(fixedYear ?? 1992)
  const [playing, setPlaying] = useState(false)

  // Playing stops by itself at the last year; Play from there starts again at the first.
  const atEnd = year >= base.lastYear
  const running = playing && !atEnd
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setYear((y) => Math.min(y + 1, base.lastYear)), PLAY_MS)
    return () => clearInterval(timer)
  }, [running, base.lastYear])

  // The states of some pair, and each one's years; every name any of them has, for the slots
  // their names are placed in, so the circle's size holds from year to year.
  const { withPairs, lifespans, longest } = useMemo(() => {
    const withPairs = base.states.flatMap((_, k) => (base.dyadsOfState[k]!.length > 0 ? [k] : []))
    const lifespans = base.source.states.map((s) => stateLifespan(s, base))
    let longest = 0
    for (const k of withPairs)
      for (let y = base.firstYear; y <= base.lastYear; y++)
        longest = Math.max(longest, textUnits(labels.state(base.states[k]!, y)))
    return { withPairs, lifespans, longest }
  }, [base, labels])
  const slot = labelWidth(longest, nameFont)
  const width = fixedWidth ?? Math.max(networkMinWidth(withPairs.length, nameFont, slot), measured)

  const i = year - base.firstYear
  const communist = (k: number) =>
    effectiveValue(base, scenario, 'regime', base.states[k]!, year) === 'communist'
  // The states that existed this year, the communist ones first round the circle from the top,
  // then the others, each in the data's order: the same year always draws the same picture.
  const existed = (k: number) => year >= lifespans[k]!.from && year <= lifespans[k]!.to
  const drawn = withPairs.filter(existed)
  const order = ringOrder(drawn, communist)
  const gone = withPairs.filter((k) => !existed(k)).map((k) => labels.state(base.states[k]!))
  // The legend's rows, then the circle of states below them with their names outside it, as tall
  // as the most states of any year need.
  const legendLabels = [...LINES.map((l) => t(l.word)), t('differs')]
  const legend = legendLayout(
    width,
    LINES.length + 1,
    fontScale,
    Math.max(...legendLabels.map(legendTextWidth)),
  )
  const height = networkLayout(
    width,
    HEIGHT,
    legend.bottom,
    withPairs.length,
    nameFont,
    slot,
  ).height
  const layout = networkLayout(width, height, legend.bottom, order.length, nameFont, slot)
  const pos = new Map(order.map((k, n) => [k, layout.nodes[n]!]))
  const edges = evaluation.dyads
    .map((d, k) => ({
      id: d.dyad.id,
      a: d.dyad.a,
      b: d.dyad.b,
      history: d.history[i] === 1,
      baseline: baseline.dyads[k]!.predicted[i] === 1,
      scenario: d.predicted[i] === 1,
    }))
    .filter((e) => (e.history || e.baseline || e.scenario) && pos.has(e.a) && pos.has(e.b))
  const yes = (v: boolean) => t(v ? 'alliance' : 'no-alliance')
  // A pair of the network opens on the timeline at this year; the table (under Check) follows.
  const show = (dyad: string) => {
    setTableFilter({ dyad })
    showOnTimeline(dyad, year)
  }
  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const jump: Record<string, number> = { PageUp: 10, PageDown: -10 }
    if (!(e.key in jump)) return
    e.preventDefault()
    setYear((y) => Math.min(base.lastYear, Math.max(base.firstYear, y + jump[e.key]!)))
  }
  const separator = t('separator')
  const names = (line: Line) =>
    edges
      .filter((e) => e[line])
      .map((e) => labels.dyad(e.id, year))
      .join(separator) || t('none')
  const gained = edges.filter((e) => e.scenario && !e.history).map((e) => labels.dyad(e.id, year))
  const lost = edges.filter((e) => !e.scenario && e.history).map((e) => labels.dyad(e.id, year))

  const title = t('title', { year: String(year) })

  return (
    <figure className="panel network" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
      </figcaption>
      <div className="network-controls">
        <button
          type="button"
          onClick={() => {
            if (!running && atEnd) setYear(base.firstYear)
            setPlaying(!running)
          }}
        >
          {t(running ? 'pause' : 'play')}
        </button>
        <label htmlFor={`${id}-year`}>{t('year')}</label>
        <input
          id={`${id}-year`}
          type="range"
          min={base.firstYear}
          max={base.lastYear}
          step={1}
          value={year}
          aria-valuetext={String(year)}
          onKeyDown={onSliderKey}
          onChange={(e) => setYear(Number(e.target.value))}
        />
        <output htmlFor={`${id}-year`}>{year}</output>
      </div>
      <ExportButtons
        target={wrapper}
        selector="svg.network-svg"
        chart="network"
        title={title}
        render={(w) => <NetworkView width={w} year={year} />}
      />
      <div ref={wrapper} className="chart-wrapper">
        <svg
          className="network-svg"
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          role="group"
          aria-label={title}
        >
          <g className="network-legend" aria-hidden="true">
            {[...LINES, null].map((l, k) => {
              const { perRow, item, row } = legend
              const at = `translate(${12 + (k % perRow) * item} ${16 + Math.floor(k / perRow) * row})`
              return l ? (
                <g key={l.key} transform={at}>
                  <line x1={0} x2={28} y1={0} y2={0} style={l.style} strokeDasharray={l.dash} />
                  <text x={34} y={4} style={LABEL}>
                    {t(l.word)}
                  </text>
                </g>
              ) : (
                <g key="differs" transform={at}>
                  <line x1={0} x2={28} y1={0} y2={0} style={{ ...HALO, strokeWidth: 12 }} />
                  <text x={8} y={5} style={{ ...DIFFERS, fontSize: 'var(--chart-font)' }}>
                    ≠
                  </text>
                  <text x={34} y={4} style={LABEL}>
                    {t('differs')}
                  </text>
                </g>
              )
            })}
          </g>
          {edges.map((e) => {
            const p = pos.get(e.a)!
            const q = pos.get(e.b)!
            const len = Math.hypot(q.x - p.x, q.y - p.y) || 1
            const nx = -(q.y - p.y) / len
            const ny = (q.x - p.x) / len
            const differs = e.scenario !== e.history
            return (
              <g
                key={e.id}
                className={`edge${differs ? ' differs' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={t('edge', {
                  pair: labels.dyad(e.id, year),
                  year: String(year),
                  history: yes(e.history),
                  baseline: yes(e.baseline),
                  scenario: yes(e.scenario),
                  differs: differs ? 'yes' : 'no',
                })}
                data-dyad={e.id}
                onClick={() => show(e.id)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter' || ev.key === ' ') {
                    ev.preventDefault()
                    show(e.id)
                  }
                }}
              >
                {differs && (
                  <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} style={{ ...HALO, strokeWidth: 22 }} />
                )}
                <line
                  className="edge-hit"
                  x1={p.x}
                  y1={p.y}
                  x2={q.x}
                  y2={q.y}
                  stroke="transparent"
                  strokeWidth={24}
                />
                {LINES.filter((l) => e[l.key]).map((l) => (
                  <line
                    key={l.key}
                    data-series={l.key}
                    x1={p.x + nx * l.offset}
                    y1={p.y + ny * l.offset}
                    x2={q.x + nx * l.offset}
                    y2={q.y + ny * l.offset}
                    style={l.style}
                    strokeDasharray={l.dash}
                  />
                ))}
                {differs && (
                  <text
                    x={(p.x + q.x) / 2 + nx * 14}
                    y={(p.y + q.y) / 2 + ny * 14 + 5}
                    textAnchor="middle"
                    style={{ ...DIFFERS, fontSize: 'var(--differs-font)' }}
                  >
                    ≠
                  </text>
                )}
              </g>
            )
          })}
          {order.map((k) => {
            const s = base.states[k]!
            const isCommunist = communist(k)
            const node = pos.get(k)!
            const { x, y } = node
            const name = placeLabel(node, labels.state(s, year), nameFont, slot)
            return (
              <g key={s} className="node" aria-hidden="true">
                <circle
                  cx={x}
                  cy={y}
                  r={NODE_R}
                  style={{
                    fill: isCommunist ? 'var(--node)' : 'var(--paper)',
                    stroke: 'var(--node)',
                    strokeWidth: 'var(--line-node)',
                  }}
                />
                <text
                  x={name.x}
                  y={name.y}
                  textAnchor={name.anchor}
                  style={{ fontSize: 'var(--node-font)', fontWeight: 600, fill: 'var(--ink)' }}
                >
                  {labels.state(s, year)}
                </text>
                <text
                  x={x}
                  y={y + 4}
                  textAnchor="middle"
                  style={{
                    fontSize: 'var(--node-mark-font)',
                    fontWeight: 700,
                    fill: isCommunist ? 'var(--paper)' : 'var(--node)',
                  }}
                >
                  {t(isCommunist ? 'mark.communist' : 'mark.other')}
                </text>
              </g>
            )
          })}
        </svg>
      </div>
      <div className="chart-text">
        <p>
          {t('text', {
            gone: gone.length > 0 ? 'yes' : 'no',
            absent: gone.join(separator),
            year: String(year),
            history: names('history'),
            baseline: names('baseline'),
            scenario: names('scenario'),
            adds: gained.length > 0 ? 'yes' : 'no',
            gained: gained.join(separator),
            lacks: lost.length > 0 ? 'yes' : 'no',
            lost: lost.join(separator),
          })}
        </p>
        <p className="hint">{rich(t('hint'), { a: (c) => <a href={`#${TABLE_ID}`}>{c}</a> })}</p>
      </div>
    </figure>
  )
}
