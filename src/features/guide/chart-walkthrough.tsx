import { useId, useState } from 'react'
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
import { formatRuns } from '@/ui/words'
import {
  SCREEN_GEOMETRY,
  type TimelineGeometry,
  type YearScale,
} from '@/features/timeline/geometry'
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
  return (
    <button
      id={`${guide.id}-button`}
      type="button"
      className="chart-guide-button"
      aria-expanded={guide.open}
      aria-controls={guide.id}
      onClick={guide.open ? guide.close : guide.show}
    >
      How to read this chart
    </button>
  )
}

/** The walkthrough's state, the rows as drawn and the chart's scale. */
interface WalkthroughProps {
  readonly guide: Walkthrough
  readonly rows: readonly DrawnRow[]
  readonly scale: YearScale
}

export function WalkthroughPanel({ guide, rows, scale }: WalkthroughProps) {
  const id = guide.id
  const row = useAnnotatedRow(rows, scale)
  return (
    <div className="chart-guide-toggle" id={id}>
      {guide.open && row && (
        <section className="chart-guide" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>How to read this chart</h3>
          <p>
            The numbers on the row <strong>{row.label}</strong> match the notes below.
          </p>
          <ol>
            <li>
              <span className="guide-badge" aria-hidden="true">
                1
              </span>
              <strong>History</strong> (top band, solid dark): the years the pair was allied as
              recorded, here {formatRuns(row.history)}.
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                2
              </span>
              <strong>The model on history</strong>, the baseline (second band, blue): the years the
              rule predicts an alliance from the recorded codings, here {formatRuns(row.model)}.
              Where the two bands part, the model misses an alliance or predicts one that did not
              happen.
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                3
              </span>
              <strong>The model on the scenario</strong> (third band, orange stripes):{' '}
              {row.scenario
                ? `drawn only on the pairs whose prediction your scenario moves; here ${formatRuns(row.scenario)}.`
                : 'it appears under a pair only once a scenario moves its prediction. Try a preset to see it.'}
            </li>
            <li>
              <span className="guide-badge" aria-hidden="true">
                4
              </span>
              <strong>Divergence marks</strong>: a triangle and the years beside the run where the
              scenario&apos;s prediction leaves the baseline
              {row.moved.length > 0 ? ` (here ${formatRuns(row.moved)})` : ''}, and pink shading
              across the row where the model differs from history.{' '}
              {row.atRest
                ? 'Neither is drawn at rest: they appear with a scenario or a changed setting.'
                : 'They appear only with a scenario or a changed setting.'}
            </li>
          </ol>
          <button
            type="button"
            onClick={() => {
              guide.close()
              document.getElementById(`${id}-button`)?.focus()
            }}
          >
            Close the guide
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
