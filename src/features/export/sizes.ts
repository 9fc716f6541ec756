/**
 * How big exported images are, apart from the export code so the charts can draw themselves at
 * the export size without loading it.
 *
 * A projector shows a slide about 1024 pixels wide. Every exported file is EXPORT_WIDTH units
 * wide, so the projector enlarges it 1024 / 600 times, and its smallest text (MIN_FONT, 11 units)
 * shows as about 19 pixels: above the 18 px that stays legible from the back of a classroom.
 */
export const EXPORT_WIDTH = 600
/** The margin round the chart, title and caption. */
export const EXPORT_PAD = 24
/** The chart inside the frame: the export buttons draw each chart afresh at this width. */
export const CHART_WIDTH = EXPORT_WIDTH - 2 * EXPORT_PAD
/** The smallest font size in an export. */
export const MIN_FONT = 11
/** How wide the projected image is assumed to be, and the smallest text it should show. */
export const PROJECTED_WIDTH = 1024
export const PROJECTED_MIN_PX = 18
