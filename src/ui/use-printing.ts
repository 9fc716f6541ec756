import { useSyncExternalStore } from 'react'

const query = () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null

function subscribe(onChange: () => void) {
  const mq = query()
  mq?.addEventListener('change', onChange)
  window.addEventListener('beforeprint', onChange)
  window.addEventListener('afterprint', onChange)
  return () => {
    mq?.removeEventListener('change', onChange)
    window.removeEventListener('beforeprint', onChange)
    window.removeEventListener('afterprint', onChange)
  }
}

let printing = false
const snapshot = () => printing || (query()?.matches ?? false)

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true))
  window.addEventListener('afterprint', () => (printing = false))
}

/** True while the page is laid out for printing, so charts can draw at a fixed paper width. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false)
}
