/**
 * Where the network's states and their names go. States sit on a circle; every edge is a chord
 * between two of them, so it stays inside the circle, on the inner side of the tangent at each
 * state. Each name is placed outward from its state, wholly beyond that tangent by more than an
 * edge's reach (its halo and the offset of its outer lines), so no edge can cross a name, whatever
 * the year and whichever pairs are allied.
 *
 * With many states (the case library's fifteen, or twenty) the circle grows until no two names,
 * and no name and state, overlap: every name is placed in a slot as wide as the widest name the
 * chart can show, so a circle clear for the slots is clear for any names, in any year and any
 * order of the states. The picture grows taller (and its least width wider) to hold that circle.
 * The layout is a pure function of its arguments: the same states in the same order always land
 * in the same places.
 */

export const NETWORK_HEIGHT = 380
/** The width of one legend entry; the legend wraps to as many rows as it needs. */
export const LEGEND_ITEM = 235
/** A legend entry's line and the gap before its text, and the room after it. */
const LEGEND_LINE = 34
const LEGEND_AFTER = 16

/**
 * Characters drawn about as wide as they are tall: Chinese, Japanese and Korean script and the
 * full-width punctuation that goes with it.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/**
 * How many Latin characters `text` is as wide as, roughly: a wide character counts as the
 * 1 / LABEL_EM Latin characters its full em takes. Latin, Vietnamese and Cyrillic text counts one
 * per character, as before.
 */
export function textUnits(text: string): number {
  let n = 0
  for (const c of text) n += WIDE.test(c) ? 1 / LABEL_EM : 1
  return n
}

/**
 * Roughly how wide a legend label is drawn in 12 px type: half an em a Latin character, a full em
 * a wide one.
 */
export function legendTextWidth(text: string): number {
  let w = 0
  for (const c of text) w += WIDE.test(c) ? 12 : 6
  return w
}

/**
 * How many legend entries fit on a row, how far apart they are and where the legend ends, for
 * legend text `scale` times its usual size (the --chart-font token: larger in projector mode).
 * `longest` is the widest entry's text in 12 px type (`legendTextWidth`): entries are spaced
 * LEGEND_ITEM apart, or wider where a label (a translation, say) needs more.
 */
export function legendLayout(width: number, entries: number, scale = 1, longest = 0) {
  const item = Math.max(LEGEND_ITEM, LEGEND_LINE + longest + LEGEND_AFTER) * scale
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
  /** The box of the slot the name was placed in: `box`, or larger around it. */
  readonly slot: Box
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
  /** The picture's height: the height asked for, or more where the circle needs it. */
  readonly height: number
  readonly nodes: readonly NodePlace[]
}

/** How wide a name of `chars` characters is drawn, estimated generously, in `font` px type. */
export const labelWidth = (chars: number, font = LABEL_FONT) => chars * font * LABEL_EM

/** Room kept between two names, and between a name and a state. */
const LABEL_PAD = 3
/** The least room between two states' circles. */
const NODE_GAP = 8

/** `count` states on a circle of `radius` about (cx, cy), the first at the top, clockwise. */
function ring(cx: number, cy: number, radius: number, count: number): NodePlace[] {
  return Array.from({ length: count }, (_, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / count
    const ux = Math.cos(angle)
    const uy = Math.sin(angle)
    return { x: cx + radius * ux, y: cy + radius * uy, ux, uy }
  })
}

const overlap = (a: Box, b: Box, pad = 0) =>
  a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad

/**
 * Whether `count` states on a circle of `radius`, each with a name slot `slot` px wide, keep
 * every state clear of every other, and every slot clear of every other slot and of every state.
 */
function circleIsClear(count: number, radius: number, slot: number, font: number): boolean {
  const nodes = ring(0, 0, radius, count)
  if (count > 1 && 2 * radius * Math.sin(Math.PI / count) < 2 * NODE_R + NODE_GAP) return false
  const boxes = nodes.map((n) => placeLabel(n, '', font, slot).slot)
  const circles = nodes.map((n) => ({
    x0: n.x - NODE_R,
    y0: n.y - NODE_R,
    x1: n.x + NODE_R,
    y1: n.y + NODE_R,
  }))
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      if (a !== b && overlap(boxes[a]!, circles[b]!, LABEL_PAD)) return false
      if (b > a && overlap(boxes[a]!, boxes[b]!, LABEL_PAD)) return false
    }
  }
  return true
}

/**
 * The order of the states round the circle, clockwise from the top: the communist ones (in the
 * year shown) first, then the others, each in the order given (the data's). The same states and
 * regimes always give the same order, so the same year always draws the same picture.
 */
export function ringOrder<T>(states: readonly T[], communist: (state: T) => boolean): T[] {
  return [...states.filter(communist), ...states.filter((s) => !communist(s))]
}

/** The smallest circle (in steps of 2 px from MIN_RADIUS) that keeps states and names apart. */
export function clearRadius(count: number, slot: number, font = LABEL_FONT): number {
  let radius = MIN_RADIUS
  while (radius < 4000 && !circleIsClear(count, radius, slot, font)) radius += 2
  return radius
}

/**
 * The narrowest the network is drawn for `count` states with names up to `slot` px wide: room for
 * the circle that keeps them apart, and for a name beside it on either side. On a narrower screen
 * its frame scrolls sideways.
 */
export function networkMinWidth(count: number, font = LABEL_FONT, slot = labelRoom(font)): number {
  const room = Math.max(labelRoom(font), slot)
  return Math.max(
    NETWORK_MIN_WIDTH,
    Math.ceil(2 * (MARGIN + room + NODE_R + EDGE_REACH + clearRadius(count, slot, font))),
  )
}

/**
 * `count` states on a circle in the area below `top`, with room all round for their names in
 * `font` px type, each name in a slot `slot` px wide (by default, room for a name of 14
 * characters). The circle is as large as the area allows, and never smaller than keeps the states
 * and their names apart; where that needs more height than `height`, the picture is taller.
 */
export function networkLayout(
  width: number,
  height: number,
  top: number,
  count: number,
  font = LABEL_FONT,
  slot = labelRoom(font),
): NetworkLayout {
  const cx = width / 2
  const reach = NODE_R + EDGE_REACH
  const side = Math.max(labelRoom(font), slot)
  const vertical = MARGIN + labelHeight(font) + reach
  const radius = Math.max(
    MIN_RADIUS,
    clearRadius(count, slot, font),
    Math.min(cx - MARGIN - side - reach, (height - top) / 2 - vertical),
  )
  const tall = Math.max(height, Math.ceil(top + 2 * (radius + vertical)))
  const cy = top + (tall - top) / 2
  return { cx, cy, radius, height: tall, nodes: ring(cx, cy, radius, count) }
}

/**
 * A name whose state lies this far or more to the side of the circle's centre (as a share of the
 * way round to 3 or 9 o'clock) runs sideways from its anchor; one nearer the top or the bottom is
 * centred on it. Low enough that two states either side of the bottom of an odd ring (fifteen
 * states: 12° off) run their names away from each other instead of centring both under the ring.
 */
const SIDEWAYS = 0.12

/**
 * The text box, `w` wide and `h` high, of a label whose anchor point is (ax, ay), for a label
 * facing along (ux, uy).
 */
function boxAt(ax: number, ay: number, ux: number, uy: number, w: number, h: number) {
  const anchor: LabelPlace['anchor'] = ux > SIDEWAYS ? 'start' : ux < -SIDEWAYS ? 'end' : 'middle'
  const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2
  const y0 = uy > 0.25 ? ay : uy < -0.25 ? ay - h : ay - h / 2
  return { anchor, box: { x0, y0, x1: x0 + w, y1: y0 + h } }
}

/**
 * A state's name, outward from it: as near as it can be while every corner of its box lies more
 * than NODE_R + EDGE_REACH beyond the tangent through the state. Placed as if it were `slot` px
 * wide (when given): its box lies within the slot's, so names placed in slots that keep clear of
 * each other keep clear too.
 */
export function placeLabel(
  node: NodePlace,
  text: string,
  font = LABEL_FONT,
  slot?: number,
): LabelPlace {
  const { x, y, ux, uy } = node
  const textWidth = labelWidth(textUnits(text), font)
  const w = Math.max(textWidth, slot ?? 0)
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
  // The name's own box, at the slot's anchor: at its start, end or middle, so within the slot.
  const { anchor, box } = boxAt(x + ux * d, y + uy * d, ux, uy, textWidth, h)
  const { box: slotBox } = boxAt(x + ux * d, y + uy * d, ux, uy, w, h)
  // The baseline sits a fifth of the box above its bottom.
  return { x: x + ux * d, y: box.y1 - h * 0.22, anchor, box, slot: slotBox }
}
