import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { subscribeRootLook } from './use-root-look'

/**
 * The width of an element, following resizes. Where layout cannot be measured (jsdom, or before
 * the first layout) it returns `fallback`, so charts always draw at a definite size.
 *
 * A new look (projector mode, text spacing or size) is measured as it lands on the page, with
 * the sizes a chart reads from the look (see `useLookSizes` in the timeline), so the chart draws
 * once at its new width and sizes; the resize observer would report it only after the next
 * frame had painted, and the chart would draw a second time.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) setWidth(w)
    }
    // Not measured here, in the commit, where reading the width would lay out the whole page
    // inside React's task: the observer reports the element's first size once the frame has laid
    // it out (read then, the width costs nothing), and the chart is drawn at it before that frame
    // is painted. Later sizes (a resize, a new look) join React's next render as before.
    let first = true
    const ro = new ResizeObserver(() => {
      if (first) flushSync(measure)
      else measure()
      first = false
    })
    ro.observe(el)
    const stopLook = subscribeRootLook(measure)
    return () => {
      ro.disconnect()
      stopLook()
    }
  }, [ref])
  return width
}
