import { useSyncExternalStore } from 'react'

/*
 * The page's look as set on the root element: projector mode (data-display), wide text spacing
 * (data-spacing) and the text size (an inline --text-scale). Charts that measure their own text
 * measure again when it changes, since all three change how wide a label is.
 */
const ATTRIBUTES = ['data-display', 'data-spacing', 'style']

function subscribe(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => {}
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ATTRIBUTES })
  return () => observer.disconnect()
}

function snapshot(): string {
  const root = document.documentElement
  return ATTRIBUTES.map((a) => root.getAttribute(a) ?? '').join('|')
}

/** A string that changes whenever projector mode, text spacing or text size does. */
export function useRootLook(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '')
}
