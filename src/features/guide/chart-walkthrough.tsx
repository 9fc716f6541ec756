import { useId, useState, type ReactNode } from 'react'
import { rich, useT } from '@/i18n/react'
import { useExplorerResult } from '@/store/result-state'
import {
  runsWithin,
  selectAtRest,
  selectBaseline,
  selectEvaluation,
  selectLabels,
  selectMovedRuns,
} from '@/store/selectors'
import { runsOf } from '@/ui/runs'
import { useWords } from '@/ui/words'
import {
  SCREEN_GEOMETRY,
  type TimelineGeometry,
  type YearScale,
} from '@/features/timeline/geometry'
import { chartWalkthroughWords } from './chart-walkthrough.en'
import { markSeen, readGuide } from './guide-storage'
import './guide.css'

/** Whether "How to read this chart" is open: at first on a device, then only when asked for. */
export function useWalkthrough() {
  const [open, setOpen] = useState(() => !readGuide().walkthrough)
  const id = useId()
  return {
    id,
    open,
    show: () => setOpen(true),
    close: () => {
      markSeen('walkthrough')
      setOpen(false)
    },
  }
}

export type Walkthrough = ReturnType<typeof useWalkthrough>

/** A row of the timeline as drawn: the dyad's index in the data and the row's top edge. */
export interface DrawnRow {
  readonly index: number
  readonly top: number
}

type Run = readonly [number, number]

interface Annotated {
  readonly label: string
  readonly top: number
  readonly history: readonly Run[]
  readonly model: readonly Run[]
  /** The scenario's runs, when its band is drawn on this row; else null. */
  readonly scenario: readonly Run[] | null
  /** Where the scenario's prediction leaves the baseline. */
  readonly moved: readonly Run[]
  readonly atRest: boolean
}

/**
 * The row the walkthrough annotates: the first one a scenario moves, else the first with an
 * alliance in history in the years shown, else the first row.
 */
function useAnnotatedRow(rows: readonly DrawnRow[], scale: YearScale): Annotated | null {
  const evaluation = useExplorerResult(selectEvaluation)
  const baseline = useExplorerResult(selectBaseline)
  const moved = useExplorerResult(selectMovedRuns)
  const labels = useExplorerResult(selectLabels)
  const atRest = useExplorerResult(selectAtRest)
  const first = evaluation.compiled.firstYear
  const { from, to } = scale
  // Only the picked row's runs are worked out: the large dataset draws hundreds of rows.
  const movedIn = (r: DrawnRow) => runsWithin(moved[r.index]!, from, to)
  const pick =
    rows.find((r) => movedIn(r).length > 0) ??
    rows.find((r) => runsOf(evaluation.dyads[r.index]!.history, first, from, to).length > 0) ??
    rows[0]
  if (!pick) return null
  const de = evaluation.dyads[pick.index]!
  const pickMoved = movedIn(pick)
  return {
    label: labels.dyad(de.dyad.id),
    top: pick.top,
    history: runsOf(de.history, first, from, to),
    model: runsOf(baseline.dyads[pick.index]!.predicted, first, from, to),
    scenario: pickMoved.length > 0 ? runsOf(de.predicted, first, from, to) : null,
    moved: pickMoved,
    atRest,
  }
}

/**
 * "How to read this chart": a button that opens a short key to one row, annotated in place with
 * numbered markers (see `WalkthroughMarkers`), and closes it for good until asked for again.
 */
/** "How to read this chart": opens and closes the walkthrough (`WalkthroughPanel`, under the chart). */
export function WalkthroughButton({ guide }: { guide: Walkthrough }) {
  const t = useT(chartWalkthroughWords)
  return (
    <button
      id={`${guide.id}-button`}
      type="button"
      className="chart-guide-button"
      aria-expanded={guide.open}
      aria-controls={guide.id}
      onClick={guide.open ? guide.close : guide.show}
    >
      {t('button')}
    </button>
  )
}

/** The walkthrough's state, the rows as drawn and the chart's scale. */
interface WalkthroughProps {
  readonly guide: Walkthrough
  readonly rows: readonly DrawnRow[]
  readonly scale: YearScale
}

const strong = { b: (c: ReactNode) => <strong>{c}</strong> }

export function WalkthroughPanel({ guide, rows, scale }: WalkthroughProps) {
  const t = useT(chartWalkthroughWords)
  const w = useWords()
  const id = guide.id
  const row = useAnnotatedRow(rows, scale)
  return (
    <div className="chart-guide-toggle" id={id}>
      {guide.open && row && (
        <section className="chart-guide" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>{t('title')}</h3>
          <p>{rich(t('row', { label: row.label }), strong)}</p>
          <ol>
            <li>
              <span className="guide-badge" aria-hidden="true">
                1
              </span>
              {rich(t('history', { runs: w.formatRuns(row.history) }), strong)}
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                2
              </span>
              {rich(t('model', { runs: w.formatRuns(row.model) }), strong)}
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                3
              </span>
              {rich(
                row.scenario
                  ? t('scenario.moved', { runs: w.formatRuns(row.scenario) })
                  : t('scenario.none'),
                strong,
              )}
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                4
              </span>
              {rich(
                t('marks', {
                  moved: row.moved.length > 0 ? 'yes' : 'no',
                  runs: w.formatRuns(row.moved),
                  atRest: row.atRest ? 'yes' : 'no',
                }),
                strong,
              )}
            </li>
          </ol>
          <button
            type="button"
            onClick={() => {
              guide.close()
              document.getElementById(`${id}-button`)?.focus()
            }}
          >
            {t('close')}
          </button>
        </section>
      )}
    </div>
  )
}

/**
 * The walkthrough's numbered markers over its row, for the chart's wrapper; decoration only: the
 * panel says in words what each marks.
 */
export function WalkthroughMarkers({
  guide,
  rows,
  scale,
  geometry = SCREEN_GEOMETRY,
}: WalkthroughProps & {
  /** The bands as the chart draws them (their thickness follows the --band-height token). */
  readonly geometry?: Pick<TimelineGeometry, 'band' | 'bandGap'>
}) {
  const row = useAnnotatedRow(rows, scale)
  const { band: thick, bandGap } = geometry
  if (!guide.open || !row) return null
  const { x, from, to } = scale
  // Each marker sits just after the first run it explains, clear of the row label; or just
  // before it when the run reaches the last year.
  const beside = (runs: readonly Run[] | null) => {
    const [a, b] = runs?.[0] ?? [from, from]
    if (x(b + 1) + 18 <= x(to + 1)) return x(b + 1) + 9
    return a > from ? x(a) - 9 : x(from) + 9
  }
  const before = (runs: readonly Run[]) => x(runs[0]?.[0] ?? from) - 9
  const band = (k: number) => row.top + k * (thick + bandGap) + thick / 2
  const markers: { n: number; left: number; top: number }[] = [
    { n: 1, left: beside(row.history), top: band(0) },
    { n: 2, left: beside(row.model), top: band(1) },
  ]
  if (row.scenario) {
    markers.push({ n: 3, left: before(row.moved), top: band(2) })
    markers.push({ n: 4, left: before(row.moved), top: band(3) + 4 })
  }
  return (
    <>
      {markers.map((m) => (
        <span
          key={m.n}
          className="guide-badge guide-marker"
          aria-hidden="true"
          data-marker={m.n}
          style={{ left: m.left, top: m.top }}
        >
          {m.n}
        </span>
      ))}
    </>
  )
}
