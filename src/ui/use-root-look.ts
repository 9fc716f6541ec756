import { useMemo, useSyncExternalStore } from 'react'

/*
 * The page's look as set on the root element: projector mode (data-display), wide text spacing
 * (data-spacing) and the text size (an inline --text-scale). Charts that measure their own text
 * measure again when it changes, since all three change how wide a label is.
 */
const ATTRIBUTES = ['data-display', 'data-spacing', 'style']

/** Calls `onChange` whenever the root's look changes; returns the way to stop. */
export function subscribeRootLook(onChange: () => void): () => void {
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
  return useSyncExternalStore(subscribeRootLook, snapshot, () => '')
}

/**
 * A length token (e.g. "--band-height: 14px") in pixels, as the root holds it now; `fallback`
 * where it is not set or cannot be read (jsdom). Follows projector mode.
 */
export function useTokenPixels(name: string, fallback: number): number {
  const look = useRootLook()
  return useMemo(() => {
    void look
    return tokenPixels(name, fallback)
  }, [name, fallback, look])
}

/** A length token in pixels as the root holds it now; `fallback` where unset or unreadable. */
export function tokenPixels(name: string, fallback: number): number {
  if (typeof window === 'undefined') return fallback
  const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(name))
  return Number.isFinite(value) && value > 0 ? value : fallback
}
