/** Layout of the timeline: one row per dyad, three bands per row, a shared year axis. */
export const LABEL_WIDTH = 164
export const RIGHT_PAD = 16
/** Thick enough to read from the back of a classroom on a projector. */
export const BAND = 10
export const BAND_GAP = 2
/** Room under the bands for the scenario's marks and the years it changes. */
export const ROW_PAD = 16
export const ROW_HEIGHT = 3 * BAND + 2 * BAND_GAP + ROW_PAD
export const TOP = 8
/** Room for a row of decade labels, drawn above the rows and again below them. */
export const AXIS_HEIGHT = 26
/**
 * Row labels longer than this break after the dash onto two lines, so that "North Korea–USSR /
 * Russia" fits the label column in projector mode (14 px bold) as well as at 12 px.
 */
export const LABEL_CHARS = 17

/** A row label as one line, or two lines broken after the dash that joins the pair. */
export function labelLines(label: string): string[] {
  const dash = label.indexOf('–')
  if (label.length <= LABEL_CHARS || dash < 0) return [label]
  return [label.slice(0, dash + 1), label.slice(dash + 1)]
}

export interface YearScale {
  readonly from: number
  readonly to: number
  readonly x: (year: number) => number
  readonly step: number
  readonly yearAt: (x: number) => number | null
}

/** Maps years to x positions across the plot area of a chart `width` pixels wide. */
export function yearScale(width: number, from: number, to: number): YearScale {
  const plot = Math.max(1, width - LABEL_WIDTH - RIGHT_PAD)
  const step = plot / (to - from + 1)
  return {
    from,
    to,
    step,
    x: (year) => LABEL_WIDTH + (year - from) * step,
    yearAt: (x) => {
      const year = from + Math.floor((x - LABEL_WIDTH) / step)
      return year >= from && year <= to ? year : null
    },
  }
}

export { decades } from '@/ui/years'
