import { describe, expect, it } from 'vitest'
import { DATASET, FIRST_YEAR, LAST_YEAR } from '@/data'
import { WORLD_STATES } from '@/data/world/states'
import { CHART_WIDTH } from '@/features/export/sizes'
import {
  labelWidth,
  legendLayout,
  NETWORK_HEIGHT,
  NETWORK_MIN_WIDTH,
  networkLayout,
  networkMinWidth,
  NODE_R,
  placeLabel,
  ringOrder,
  type Box,
} from '@/features/network/network-layout'
import { labelsOf } from '@/model/labels'
import { stateLifespan } from '@/model/lifespan'
import type { Dataset, StateRecord } from '@/model/types'

/** What the view draws for a pair: a halo 22 wide on the line between the states, and up to three
 * lines 3–4 wide, 5 px either side of it. */
const STROKES = [
  { offset: 0, halfWidth: 11 },
  { offset: -5, halfWidth: 2 },
  { offset: 0, halfWidth: 2 },
  { offset: 5, halfWidth: 2 },
]

/** Whether the segment p–q meets the box (Liang–Barsky clipping). */
function segmentHitsBox(px: number, py: number, qx: number, qy: number, b: Box): boolean {
  let t0 = 0
  let t1 = 1
  const dx = qx - px
  const dy = qy - py
  for (const [p, q] of [
    [-dx, px - b.x0],
    [dx, b.x1 - px],
    [-dy, py - b.y0],
    [dy, b.y1 - py],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false
    } else {
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

const grow = (b: Box, by: number): Box => ({
  x0: b.x0 - by,
  y0: b.y0 - by,
  x1: b.x1 + by,
  y1: b.y1 + by,
})

const labels = labelsOf(DATASET)
const names = new Set<string>()
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  for (const s of DATASET.states) names.add(labels.state(s.id, year))
}

/**
 * The case library's states: the essay's seven and the eight out-of-sample states, once each
 * (whether or not the data lists them yet), and their names in every year.
 */
const LIBRARY: readonly StateRecord[] = [
  ...DATASET.states,
  ...(WORLD_STATES as unknown as StateRecord[]).filter(
    (w) => !DATASET.states.some((s) => s.id === w.id),
  ),
]
const libraryLabels = labelsOf({ ...DATASET, states: LIBRARY } as Dataset)
const libraryNames = new Set<string>()
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
  for (const s of LIBRARY) libraryNames.add(libraryLabels.state(s.id, year))
const longest = Math.max(...[...libraryNames, ...names].map((n) => n.length))

describe('the network layout', () => {
  it('meets sanity: a name long enough to test, and the states of the dataset', () => {
    expect([...names].some((n) => n.length >= 13)).toBe(true) // "United States", "North Vietnam"
    expect(DATASET.states.length).toBeGreaterThanOrEqual(5)
  })

  // The narrowest it is drawn (phones scroll it), the exported width, the default, a wide screen;
  // and projector mode's larger names (16 px, the --node-font token) and legend (14 px type).
  const cases = [
    ...[NETWORK_MIN_WIDTH, CHART_WIDTH, 720, 1280].map((width) => ({ width, font: 13, type: 12 })),
    ...[720, 1280].map((width) => ({ width, font: 16, type: 14 })),
  ]
  // The essay's seven states, the case library's fifteen, and the twenty a larger library may
  // hold: the picture is drawn at least as wide as the states need (a phone scrolls it).
  const counts = [DATASET.states.length, LIBRARY.length, 20]
  for (const { width: asked, font, type } of cases) {
    for (const count of counts) {
      const slot = labelWidth(longest, font)
      const width = Math.max(asked, networkMinWidth(count, font, slot))
      it(`never lets an edge cross a state's name, ${count} states at ${width} px wide with ${font} px names, for any pair and any year`, () => {
        const { bottom } = legendLayout(width, 4, type / 12)
        const layout = networkLayout(width, NETWORK_HEIGHT, bottom, count, font, slot)
        expect(layout.height).toBeGreaterThanOrEqual(NETWORK_HEIGHT)
        expect(edgeCrossings(layout.nodes, width, bottom, layout.height, font, slot)).toEqual([])
      })
    }
  }

  /** Every name of the library at every place: the crossings of any edge, and names out of the
   * picture. */
  function edgeCrossings(
    nodes: ReturnType<typeof networkLayout>['nodes'],
    width: number,
    bottom: number,
    height: number,
    font: number,
    slot: number,
  ): string[] {
    const crossings: string[] = []
    for (const [k, node] of nodes.entries()) {
      for (const name of [...names, ...libraryNames]) {
        const { box } = placeLabel(node, name, font, slot)
        // The name stays in the picture, below the legend.
        expect(box.x0, name).toBeGreaterThanOrEqual(0)
        expect(box.x1, name).toBeLessThanOrEqual(width)
        expect(box.y0, name).toBeGreaterThanOrEqual(bottom)
        expect(box.y1, name).toBeLessThanOrEqual(height)
        // Every pair of states, allied or not: the layout must hold whatever the scenario.
        for (let a = 0; a < nodes.length; a++) {
          for (let b = a + 1; b < nodes.length; b++) {
            const p = nodes[a]!
            const q = nodes[b]!
            const len = Math.hypot(q.x - p.x, q.y - p.y)
            const nx = -(q.y - p.y) / len
            const ny = (q.x - p.x) / len
            for (const { offset, halfWidth } of STROKES) {
              const hit = segmentHitsBox(
                p.x + nx * offset,
                p.y + ny * offset,
                q.x + nx * offset,
                q.y + ny * offset,
                grow(box, halfWidth),
              )
              if (hit) crossings.push(`${name} at state ${k} by edge ${a}–${b}`)
            }
          }
        }
      }
    }
    return crossings
  }

  it('would catch a name drawn under its state, inside the circle (the old layout)', () => {
    const { nodes } = networkLayout(CHART_WIDTH, NETWORK_HEIGHT, 46, 7)
    const top = nodes[0]!
    const under: Box = { x0: top.x - 40, y0: top.y + 22, x1: top.x + 40, y1: top.y + 38 }
    expect(nodes.slice(1).some((q) => segmentHitsBox(top.x, top.y, q.x, q.y, under))).toBe(true)
  })
})

describe('the network with the case library’s fifteen states', () => {
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
  const communistIn = (s: StateRecord, year: number) =>
    s.regime.some((r) => r.from <= year && year <= r.to && r.value === 'communist')
  const existedIn = (s: StateRecord, year: number) => {
    const life = stateLifespan(s, DATASET)
    return life.from <= year && year <= life.to
  }
  /** The picture as the view draws it in `year`, `asked` px wide (or wider, where it must be). */
  function picture(asked: number, year: number, font = 13) {
    const slot = labelWidth(longest, font)
    const width = Math.max(asked, networkMinWidth(LIBRARY.length, font, slot))
    const { bottom } = legendLayout(width, 4, 1)
    const height = networkLayout(width, NETWORK_HEIGHT, bottom, LIBRARY.length, font, slot).height
    const order = ringOrder(
      LIBRARY.filter((s) => existedIn(s, year)),
      (s) => communistIn(s, year),
    )
    const layout = networkLayout(width, height, bottom, order.length, font, slot)
    const placed = order.map((s, k) => ({
      name: libraryLabels.state(s.id, year),
      node: layout.nodes[k]!,
      box: placeLabel(layout.nodes[k]!, libraryLabels.state(s.id, year), font, slot).box,
    }))
    return { width, bottom, layout, placed }
  }

  it('meets sanity: fifteen states, one of which ended, and communist states in 1960 and 2020', () => {
    expect(LIBRARY).toHaveLength(15)
    expect(LIBRARY.filter((s) => !existedIn(s, 2000)).map((s) => s.id)).toEqual(['YUG'])
    expect(LIBRARY.filter((s) => communistIn(s, 1960)).length).toBeGreaterThanOrEqual(7)
    expect(LIBRARY.filter((s) => communistIn(s, 2020)).length).toBeGreaterThan(2)
  })

  // 1366×768: the main column leaves the network about 940 px; a 390 px phone draws it at its
  // least width and scrolls it; 1280 is a wide screen; 16 px names are projector mode's.
  const screens = [
    { name: '1366×768', width: 940, font: 13 },
    { name: 'a phone', width: 390, font: 13 },
    { name: 'a wide screen', width: 1280, font: 13 },
    { name: 'projector mode', width: 940, font: 16 },
  ]
  const years = [1950, 1975, 1989, 1991, 1992, 1993, 2010, 2026]
  for (const { name, width, font } of screens) {
    it(`keeps every name clear of every other name and every state, on ${name}, in ${years.join(', ')}`, () => {
      for (const year of years) {
        const { placed, width: drawn, bottom, layout } = picture(width, year, font)
        expect(placed.length).toBe(year > 1992 ? 14 : 15)
        const clashes: string[] = []
        for (const [a, p] of placed.entries()) {
          expect(p.box.x0, `${p.name} ${year}`).toBeGreaterThanOrEqual(0)
          expect(p.box.x1, `${p.name} ${year}`).toBeLessThanOrEqual(drawn)
          expect(p.box.y0, `${p.name} ${year}`).toBeGreaterThanOrEqual(bottom)
          expect(p.box.y1, `${p.name} ${year}`).toBeLessThanOrEqual(layout.height)
          for (const [b, q] of placed.entries()) {
            if (b > a && overlaps(p.box, q.box)) clashes.push(`${year}: ${p.name} / ${q.name}`)
            const circle = {
              x0: q.node.x - NODE_R,
              y0: q.node.y - NODE_R,
              x1: q.node.x + NODE_R,
              y1: q.node.y + NODE_R,
            }
            if (overlaps(p.box, circle)) clashes.push(`${year}: ${p.name} on ${q.name}'s state`)
            if (b > a)
              expect(Math.hypot(p.node.x - q.node.x, p.node.y - q.node.y)).toBeGreaterThan(
                2 * NODE_R,
              )
          }
        }
        expect(clashes).toEqual([])
      }
    })
  }

  it('fits a 1366×768 screen, and is no taller for one year than another', () => {
    const heights = years.map((y) => picture(940, y).layout.height)
    expect(new Set(heights).size).toBe(1)
    expect(heights[0]).toBeLessThanOrEqual(480)
  })

  it('is deterministic: the same year draws the same picture, and the communist states come first', () => {
    expect(picture(940, 1975)).toEqual(picture(940, 1975))
    expect(picture(390, 2010)).toEqual(picture(390, 2010))
    const { placed } = picture(940, 1975)
    const firstNonCommunist = placed.findIndex(
      (p) =>
        !communistIn(
          LIBRARY.find((s) => libraryLabels.state(s.id, 1975) === p.name)!,
          1975,
        ),
    )
    expect(firstNonCommunist).toBeGreaterThan(0)
    for (const p of placed.slice(firstNonCommunist))
      expect(
        communistIn(
          LIBRARY.find((s) => libraryLabels.state(s.id, 1975) === p.name)!,
          1975,
        ),
      ).toBe(false)
  })

  it('would catch two names drawn over each other (the old anchors, centred both under an odd ring)', () => {
    // Centred on its state, a name 8 characters long needs more room than two states 12° either
    // side of the bottom of a circle of 106 px leave between them.
    const { layout } = picture(940, 1975)
    const [p, q] = [layout.nodes[7]!, layout.nodes[8]!]
    const w = labelWidth(longest)
    const centred = (n: typeof p): Box => ({
      x0: n.x - w / 2,
      y0: n.y,
      x1: n.x + w / 2,
      y1: n.y + 16,
    })
    expect(overlaps(centred(p), centred(q))).toBe(true)
  })
})
