import { dataAge, DATA_VERSION, parseDataVersion, UNVERSIONED } from '@/data/version'
import type { Notice } from '@/store/explorer-store'

/*
 * Work made on other data: a link, scenario file or autosave records the data version it was made
 * on. Opening one made on older data still opens it, and says that the data were corrected since,
 * with a button to the changelog shown in the app.
 */

/** The id of the changelog's <details> in the page; the notice's button opens it. */
export const CHANGELOG_ID = 'data-changelog'

/** Opens the in-app changelog, scrolls to it and moves focus there. Does nothing without it. */
export function showChangelog(doc: Document | undefined = globalThis.document) {
  const el = doc?.getElementById(CHANGELOG_ID)
  if (!el) return
  if ('open' in el) (el as HTMLDetailsElement).open = true
  el.scrollIntoView?.({ block: 'start' })
  el.querySelector<HTMLElement>('summary')?.focus()
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)

/**
 * The notice for opening `what` ("this link", "your saved work", 'the file "x.json"') made on data
 * version `made` (undefined or null: made before versions were recorded); null when it was made
 * on this build's data.
 */
export function dataVersionNotice(
  what: string,
  made: string | null | undefined,
): Omit<Notice, 'id'> | null {
  const age = dataAge(made)
  if (age === 'current') return null
  if (age === 'newer') {
    return {
      kind: 'info',
      text: `${capital(what)} was made on data version ${made}, newer than this copy of the explorer (data version ${DATA_VERSION}), so some codings and figures may differ from what it showed. Reload the page, or download the explorer again, to get the newer data.`,
    }
  }
  const on = !made
    ? `the data from ${UNVERSIONED}`
    : parseDataVersion(made)
      ? `data version ${made}`
      : 'an unknown version of the data'
  return {
    kind: 'info',
    text: `The data were corrected since this was made: ${what} was made on ${on}, and the explorer now uses data version ${DATA_VERSION}. It is open as it was made, but some codings and figures may differ.`,
    action: { label: 'See what was corrected', run: () => showChangelog() },
  }
}
