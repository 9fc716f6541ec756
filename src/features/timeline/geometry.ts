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

/**
 * The sizes a timeline is drawn with. On screen, the constants above. On paper (the handout) the
 * chart is drawn PRINT_WIDTH units wide and scaled to the printable width of an A4 or Letter page
 * (about 680–725 px, so near 1:1), with shorter rows and one-line labels in a wider label column,
 * so that it fills the width of the page, its text prints at 8 pt or more and the handout still
 * fits one sheet.
 */
export interface TimelineGeometry {
  readonly labelWidth: number
  readonly band: number
  readonly bandGap: number
  readonly rowHeight: number
  /** Where the change marks and years go, below the bands. */
  readonly markTop: number
  readonly axisHeight: number
  readonly top: number
  /** Whether row labels may break onto two lines (on paper they keep to one). */
  readonly twoLineLabels: boolean
  /** Whether the decades are labelled under the rows as well as above them. */
  readonly bottomAxis: boolean
  /** Whether the legend starts at the left edge rather than over the plot. */
  readonly legendFullWidth: boolean
}

export const SCREEN_GEOMETRY: TimelineGeometry = {
  labelWidth: LABEL_WIDTH,
  band: BAND,
  bandGap: BAND_GAP,
  rowHeight: ROW_HEIGHT,
  markTop: 3 * BAND + 2 * BAND_GAP,
  axisHeight: AXIS_HEIGHT,
  top: TOP,
  twoLineLabels: true,
  bottomAxis: true,
  legendFullWidth: false,
}

/** The handout's chart is drawn this many units wide, then scaled to the page. */
export const PRINT_WIDTH = 700
const PRINT_BAND = 4
const PRINT_GAP = 1

export const PRINT_GEOMETRY: TimelineGeometry = {
  labelWidth: 184,
  band: PRINT_BAND,
  bandGap: PRINT_GAP,
  // Room under the bands for the change marks and years, which sit on the row's bottom edge.
  rowHeight: 3 * PRINT_BAND + 2 * PRINT_GAP + 8,
  markTop: 3 * PRINT_BAND + 2 * PRINT_GAP,
  axisHeight: 18,
  top: 2,
  twoLineLabels: false,
  bottomAxis: false,
  legendFullWidth: true,
}

export interface YearScale {
  readonly from: number
  readonly to: number
  readonly x: (year: number) => number
  readonly step: number
  readonly yearAt: (x: number) => number | null
}

/** Maps years to x positions across the plot area of a chart `width` pixels wide. */
export function yearScale(
  width: number,
  from: number,
  to: number,
  labelWidth = LABEL_WIDTH,
): YearScale {
  const plot = Math.max(1, width - labelWidth - RIGHT_PAD)
  const step = plot / (to - from + 1)
  return {
    from,
    to,
    step,
    x: (year) => labelWidth + (year - from) * step,
    yearAt: (x) => {
      const year = from + Math.floor((x - labelWidth) / step)
      return year >= from && year <= to ? year : null
    },
  }
}

export { decades } from '@/ui/years'
