import { useLayoutEffect, useState, type RefObject } from 'react'
import { subscribeRootLook } from '@/ui/use-root-look'

/**
 * Above this many rows the timeline on screen draws only the rows near the window. The built-in
 * data has at most a few dozen pairs and is always drawn whole; a dataset of hundreds of pairs
 * (the 50× benchmark draws 500) would otherwise restyle, measure and paint every row of every
 * pair, thousands of elements out of sight, on each new look or scenario.
 */
export const WINDOWED_ROWS = 120

/** The stretch of the chart, in its own pixels, whose rows are drawn: [top, bottom]. */
export type RowWindow = readonly [number, number]

/**
 * The rows to draw on screen: the window's height above and below what is in view, counted in
 * whole window heights so that scrolling redraws only when it crosses into the next one (about a
 * screenful of new rows, never a redraw per frame), and again after a new look (projector mode)
 * has moved them. Null when every row is drawn: few rows, an export or the handout (`enabled`
 * false).
 */
export function useRowWindow(
  svgRef: RefObject<SVGSVGElement | null>,
  enabled: boolean,
): RowWindow | null {
  // Until the chart is placed, the top of it: the first render need not draw every row.
  const [range, setRange] = useState<RowWindow | null>(() =>
    enabled ? [-window.innerHeight, 3 * window.innerHeight] : null,
  )
  useLayoutEffect(() => {
    const svg = svgRef.current
    if (!enabled || !svg) {
      setRange(null)
      return
    }
    const place = () => {
      const screen = Math.max(1, window.innerHeight)
      const top = -svg.getBoundingClientRect().top
      const first = Math.floor(top / screen) - 1
      const last = Math.floor((top + screen) / screen) + 1
      const next: RowWindow = [first * screen, (last + 1) * screen]
      setRange((r) => (r && r[0] === next[0] && r[1] === next[1] ? r : next))
    }
    place()
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(place)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll)
    // A new look moves and resizes the rows: placed again once it is drawn.
    const stopLook = subscribeRootLook(onScroll)
    return () => {
      stopLook()
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [svgRef, enabled])
  return range
}

/** Whether a row from `top`, `height` tall, is drawn for the window (every row without one). */
export function inWindow(range: RowWindow | null, top: number, height: number): boolean {
  return range === null || (top + height >= range[0] && top <= range[1])
}

/**
 * The labels most likely to be the widest, for measuring the label column when only some rows
 * are drawn: the longest in characters (the widest drawn is almost always among them).
 */
export function longestLabels(labels: readonly string[], count = 8): string[] {
  return [...new Set(labels)].sort((a, b) => b.length - a.length).slice(0, count)
}
