import { describe, expect, it } from 'vitest'
import { DATASET, FIRST_YEAR, LAST_YEAR } from '@/data'
import { CHART_WIDTH } from '@/features/export/sizes'
import {
  legendLayout,
  NETWORK_HEIGHT,
  NETWORK_MIN_WIDTH,
  networkLayout,
  placeLabel,
  type Box,
} from '@/features/network/network-layout'
import { labelsOf } from '@/model/labels'

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
  for (const { width, font, type } of cases) {
    it(`never lets an edge cross a state's name, at ${width} px wide with ${font} px names, for any pair and any year`, () => {
      const { bottom } = legendLayout(width, 4, type / 12)
      const { nodes } = networkLayout(width, NETWORK_HEIGHT, bottom, DATASET.states.length, font)
      const crossings: string[] = []
      for (const [k, node] of nodes.entries()) {
        for (const name of names) {
          const { box } = placeLabel(node, name, font)
          // The name stays in the picture, below the legend.
          expect(box.x0, name).toBeGreaterThanOrEqual(0)
          expect(box.x1, name).toBeLessThanOrEqual(width)
          expect(box.y0, name).toBeGreaterThanOrEqual(bottom)
          expect(box.y1, name).toBeLessThanOrEqual(NETWORK_HEIGHT)
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
      expect(crossings).toEqual([])
    })
  }

  it('would catch a name drawn under its state, inside the circle (the old layout)', () => {
    const { nodes } = networkLayout(CHART_WIDTH, NETWORK_HEIGHT, 46, 7)
    const top = nodes[0]!
    const under: Box = { x0: top.x - 40, y0: top.y + 22, x1: top.x + 40, y1: top.y + 38 }
    expect(nodes.slice(1).some((q) => segmentHitsBox(top.x, top.y, q.x, q.y, under))).toBe(true)
  })
})
