import { useSyncExternalStore } from 'react'

/** Where the header's buttons fold into a menu: a phone held upright, or a narrow window. */
export const NARROW_QUERY = '(max-width: 700px)'

const query = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(NARROW_QUERY)
    : null

function subscribe(onChange: () => void) {
  const q = query()
  q?.addEventListener('change', onChange)
  return () => q?.removeEventListener('change', onChange)
}

/** True while the screen is narrow; false where the browser cannot say (all buttons shown). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  )
}
