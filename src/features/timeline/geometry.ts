/** Layout of the timeline: one row per dyad, three bands per row, a shared year axis. */
/** The row labels' column at least; wider when the labels need it (projector mode, wide spacing). */
export const LABEL_WIDTH = 164
/** Room between a row label and the bands, and at the label column's left edge. */
export const LABEL_GAP = 8
export const LABEL_MARGIN = 4
export const RIGHT_PAD = 16
/** Thick enough to read from the back of a classroom; the --band-height token may set it thicker. */
export const BAND = 10
export const BAND_GAP = 1
/**
 * Room between rows. The years a scenario changes are named beside the changed run, on the
 * scenario's band, so the rows stay compact: eleven pairs fit a 1366×768 screen.
 */
export const ROW_PAD = 6
export const ROW_HEIGHT = rowHeight(BAND)

/** A row's height for bands `band` pixels thick (the --band-height token; thicker in projector mode). */
export function rowHeight(band: number): number {
  return 3 * band + 2 * BAND_GAP + ROW_PAD
}
export const TOP = 8
/** Room for a row of decade labels, drawn above the rows and again below them. */
export const AXIS_HEIGHT = 22
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
  /** Where the plot area starts: the width of the row labels' column. */
  readonly left: number
  readonly from: number
  readonly to: number
  readonly x: (year: number) => number
  readonly step: number
  readonly yearAt: (x: number) => number | null
}

/**
 * Maps years to x positions across the plot area of a chart `width` pixels wide, right of a label
 * column `left` pixels wide.
 */
export function yearScale(
  width: number,
  from: number,
  to: number,
  left: number = LABEL_WIDTH,
): YearScale {
  const plot = Math.max(1, width - left - RIGHT_PAD)
  const step = plot / (to - from + 1)
  return {
    left,
    from,
    to,
    step,
    x: (year) => left + (year - from) * step,
    yearAt: (x) => {
      const year = from + Math.floor((x - left) / step)
      return year >= from && year <= to ? year : null
    },
  }
}

export { decades } from '@/ui/years'
