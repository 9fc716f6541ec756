/**
 * Where the network's states and their names go. States sit on a circle; every edge is a chord
 * between two of them, so it stays inside the circle, on the inner side of the tangent at each
 * state. Each name is placed outward from its state, wholly beyond that tangent by more than an
 * edge's reach (its halo and the offset of its outer lines), so no edge can cross a name, whatever
 * the year and whichever pairs are allied.
 */

export const NETWORK_HEIGHT = 380
/** The width of one legend entry; the legend wraps to as many rows as it needs. */
export const LEGEND_ITEM = 235

/**
 * How many legend entries fit on a row, how far apart they are and where the legend ends, for
 * legend text `scale` times its usual size (the --chart-font token: larger in projector mode).
 */
export function legendLayout(width: number, entries: number, scale = 1) {
  const item = LEGEND_ITEM * scale
  const row = 20 * scale
  const perRow = Math.max(1, Math.floor((width - 12) / item))
  return { perRow, item, row, bottom: 16 + (Math.ceil(entries / perRow) - 1) * row + 10 * scale }
}

/** Radius of a state's circle. */
export const NODE_R = 18
/** The names' font size in px (the --node-font token; larger in projector mode). */
export const LABEL_FONT = 13
/** How far an edge reaches past the line through its ends: halo half-width 11, offset 5, room 2. */
export const EDGE_REACH = 18
/** Average advance of a character of a bold 13 px label, per px of font size (generous). */
const LABEL_EM = 0.64
const labelHeight = (font: number) => font * 1.25
/** Room kept for the longest name beside a state on the left or right of the circle. */
const labelRoom = (font: number) => 14 * font * LABEL_EM
const MARGIN = 8
/** The smallest circle worth drawing: seven states 18 px in radius, with room for edges between. */
const MIN_RADIUS = 80
/**
 * The network is never drawn narrower than this, so the names beside the circle fit; on a
 * narrower screen its frame scrolls sideways instead.
 */
export const NETWORK_MIN_WIDTH = Math.ceil(
  2 * (MARGIN + labelRoom(LABEL_FONT) + NODE_R + EDGE_REACH + MIN_RADIUS),
)

export interface Box {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

export interface LabelPlace {
  readonly x: number
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
  /** The box the name's text fills, estimated from its length. */
  readonly box: Box
}

export interface NodePlace {
  readonly x: number
  readonly y: number
  /** The outward direction from the circle's centre. */
  readonly ux: number
  readonly uy: number
}

export interface NetworkLayout {
  readonly cx: number
  readonly cy: number
  readonly radius: number
  readonly nodes: readonly NodePlace[]
}

/**
 * `count` states on a circle in the area below `top`, with room all round for their names in
 * `font` px type.
 */
export function networkLayout(
  width: number,
  height: number,
  top: number,
  count: number,
  font = LABEL_FONT,
) {
  const cx = width / 2
  const cy = top + (height - top) / 2
  const reach = NODE_R + EDGE_REACH
  const radius = Math.max(
    MIN_RADIUS,
    Math.min(
      cx - MARGIN - labelRoom(font) - reach,
      (height - top) / 2 - MARGIN - labelHeight(font) - reach,
    ),
  )
  const nodes = Array.from({ length: count }, (_, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / count
    const ux = Math.cos(angle)
    const uy = Math.sin(angle)
    return { x: cx + radius * ux, y: cy + radius * uy, ux, uy }
  })
  return { cx, cy, radius, nodes } satisfies NetworkLayout
}

/**
 * The text box, `w` wide and `h` high, of a label whose anchor point is (ax, ay), for a label
 * facing along (ux, uy).
 */
function boxAt(ax: number, ay: number, ux: number, uy: number, w: number, h: number) {
  const anchor: LabelPlace['anchor'] = ux > 0.25 ? 'start' : ux < -0.25 ? 'end' : 'middle'
  const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2
  const y0 = uy > 0.25 ? ay : uy < -0.25 ? ay - h : ay - h / 2
  return { anchor, box: { x0, y0, x1: x0 + w, y1: y0 + h } }
}

/**
 * A state's name, outward from it: as near as it can be while every corner of its box lies more
 * than NODE_R + EDGE_REACH beyond the tangent through the state.
 */
export function placeLabel(node: NodePlace, text: string, font = LABEL_FONT): LabelPlace {
  const { x, y, ux, uy } = node
  const w = text.length * font * LABEL_EM
  const h = labelHeight(font)
  const clear = NODE_R + EDGE_REACH
  // How far the nearest corner of the box lies beyond the tangent, for an anchor d out.
  const nearest = (d: number) => {
    const { box } = boxAt(x + ux * d, y + uy * d, ux, uy, w, h)
    return Math.min(
      ...[box.x0, box.x1].flatMap((bx) =>
        [box.y0, box.y1].map((by) => (bx - x) * ux + (by - y) * uy),
      ),
    )
  }
  // The nearest corner moves out one for one with the anchor: one correction puts it in place.
  const d = NODE_R + 4 + Math.max(0, clear - nearest(NODE_R + 4))
  const { anchor, box } = boxAt(x + ux * d, y + uy * d, ux, uy, w, h)
  // The baseline sits a fifth of the box above its bottom.
  return { x: x + ux * d, y: box.y1 - h * 0.22, anchor, box }
}
