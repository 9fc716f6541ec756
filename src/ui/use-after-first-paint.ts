import { startTransition, useEffect, useState } from 'react'
import { afterNextPaint } from '@/lib/after-paint'

/**
 * False until the page has painted once, then true, set as a transition: what reads it is built
 * after the first paint, in slices that leave the page free for input, and committed in a task of
 * its own rather than in the first render's. With `defer` false it is true from the start.
 */
export function useAfterFirstPaint(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer)
  useEffect(() => {
    if (!ready) return afterNextPaint(() => startTransition(() => setReady(true)))
  }, [ready])
  return ready
}
