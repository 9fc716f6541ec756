import { lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType } from 'react'
import { afterPaintWhenIdle } from '@/lib/after-paint'

/*
 * The handout is only ever seen on paper, so its code (with the essay's argument and the exercises
 * it prints) is not part of the first load: it is asked for once the page is shown and the
 * browser is idle, and "Print handout" waits for it. Printing with the browser's own command in
 * the first moments of a first visit, before it has arrived, prints the page without it.
 */

const Handout = lazy<ComponentType>(() =>
  import('./handout').then(
    (m) => ({ default: m.Handout }),
    // A deploy removed the file (see ui/lazy-part.tsx): printing goes on without the handout.
    () => ({ default: () => null }),
  ),
)

let wanted = false
let shown = false
const listeners = new Set<() => void>()
const waiting = new Set<() => void>()

function want() {
  if (wanted) return
  wanted = true
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** In the page with the handout, in the same commit: the handout is there to print. */
function Shown() {
  useEffect(() => {
    shown = true
    for (const done of waiting) done()
    waiting.clear()
  }, [])
  return null
}

/** Resolves once the handout is in the page, asking for its code now if it has not come yet. */
export function handoutReady(): Promise<void> {
  if (shown) return Promise.resolve()
  want()
  return new Promise((done) => waiting.add(done))
}

/** Prints the handout, once it is in the page. */
export function printHandout(): void {
  void handoutReady().then(() => window.print())
}

/** As on a page just opened (for tests, which open many pages in one document). */
export function forgetHandout(): void {
  wanted = false
  shown = false
  waiting.clear()
}

/** The handout at the end of the page, loaded once the page is shown and the browser is idle. */
export function PageHandout() {
  const show = useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  )
  useEffect(() => (wanted ? undefined : afterPaintWhenIdle(want)), [])
  if (!show) return null
  return (
    <Suspense fallback={null}>
      <Handout />
      <Shown />
    </Suspense>
  )
}
