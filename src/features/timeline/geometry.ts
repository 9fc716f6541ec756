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

/**
 * The sizes a timeline is drawn with. On screen, the constants above, with bands as thick as the
 * --band-height token says (screenGeometry) and a label column widened to the widest label as
 * drawn. On paper (the handout) the chart is drawn PRINT_WIDTH units wide and scaled to the
 * printable width of an A4 or Letter page (about 680–725 px, so near 1:1), with shorter rows and
 * one-line labels in a wider label column, so that it fills the width of the page, its text prints
 * at 8 pt or more and the handout still fits one sheet.
 */
export interface TimelineGeometry {
  readonly labelWidth: number
  readonly band: number
  readonly bandGap: number
  readonly rowHeight: number
  /** Where the bands end: the height of the three bands and the gaps between them. */
  readonly markTop: number
  readonly axisHeight: number
  readonly top: number
  /** Whether row labels may break onto two lines (on paper they keep to one). */
  readonly twoLineLabels: boolean
  /** Whether the decades are labelled under the rows as well as above them. */
  readonly bottomAxis: boolean
  /** Whether the legend starts at the left edge rather than over the plot. */
  readonly legendFullWidth: boolean
  /**
   * The least height of a row, so a row stays a big enough target for a pointer (24 px) however
   * thin its bands; 0 on paper.
   */
  readonly minRowHeight: number
}

/** The least height of anything a pointer acts on: a row, a group's header. */
export const TARGET = 24
/** A case set's header row, when the timeline groups its rows (see timeline-groups.ts). */
export const GROUP_HEADER = 28

/** The screen's sizes for bands `band` pixels thick (the --band-height token). */
export function screenGeometry(band: number): TimelineGeometry {
  return {
    labelWidth: LABEL_WIDTH,
    band,
    bandGap: BAND_GAP,
    rowHeight: rowHeight(band),
    markTop: 3 * band + 2 * BAND_GAP,
    axisHeight: AXIS_HEIGHT,
    top: TOP,
    twoLineLabels: true,
    bottomAxis: true,
    legendFullWidth: false,
    minRowHeight: TARGET,
  }
}

/** Room between rows in compact mode. */
const COMPACT_PAD = 3

/**
 * Compact rows, for many pairs on one screen: bands two thirds as thick (at least 5 px), less room
 * between rows, and labels on one line where the chart is wide enough; a row is still never less
 * than TARGET tall, so it stays easy to point at.
 */
export function compactGeometry(band: number): TimelineGeometry {
  const thin = Math.max(5, Math.round((band * 2) / 3))
  return {
    ...screenGeometry(thin),
    rowHeight: Math.max(TARGET, 3 * thin + 2 * BAND_GAP + COMPACT_PAD),
  }
}

export const SCREEN_GEOMETRY: TimelineGeometry = screenGeometry(BAND)

/** The handout's chart is drawn this many units wide, then scaled to the page. */
export const PRINT_WIDTH = 700
const PRINT_BAND = 4
const PRINT_GAP = 1

export const PRINT_GEOMETRY: TimelineGeometry = {
  labelWidth: 184,
  band: PRINT_BAND,
  bandGap: PRINT_GAP,
  // The change years are named beside their run on the scenario's band, as on screen, so the
  // rows need no room under the bands: the screen's room between rows is enough.
  rowHeight: 3 * PRINT_BAND + 2 * PRINT_GAP + ROW_PAD,
  markTop: 3 * PRINT_BAND + 2 * PRINT_GAP,
  axisHeight: 18,
  top: 2,
  twoLineLabels: false,
  bottomAxis: false,
  legendFullWidth: true,
  minRowHeight: 0,
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
