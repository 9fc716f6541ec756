import { startTransition, useEffect, useState } from 'react'
import { afterNextPaint } from '@/lib/after-paint'

/** Whether the page has painted since it opened: set by the first `useAfterFirstPaint` to see it. */
let pagePainted = false

/**
 * False until the page has painted once, then true, set as a transition: what reads it is built
 * after the page's first paint, in slices that leave the page free for input, and committed in a
 * task of its own rather than in the first render's. Mounted later (another chart or step shown),
 * or with `defer` false, it is true from the start: only the opening of the page is deferred, and
 * a view shown later appears whole at once.
 */
export function useAfterFirstPaint(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer || pagePainted)
  useEffect(() => {
    if (ready) return
    return afterNextPaint(() => {
      pagePainted = true
      startTransition(() => setReady(true))
    })
  }, [ready])
  return ready
}

/** As on a page just opened (for tests, which open many pages in one document). */
export function forgetFirstPaint(): void {
  pagePainted = false
}
