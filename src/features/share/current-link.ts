import { linkOf } from '@/share/link-write'
import { useExplorerStore } from '@/store/explorer-store'

/** The link that opens a view a link fragment describes, on this page. */
export function linkWith(fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`
}

/**
 * The link that opens the current work, read from the store. Not the address bar: it is written
 * a quarter of a second after each change, so a link read from it can miss the latest one.
 */
export const currentLink = () => linkWith(linkOf(useExplorerStore.getState()))
