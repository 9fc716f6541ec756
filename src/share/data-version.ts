import { CHANGELOG_ID } from '@/data/version'
import { dataAge, DATA_VERSION, parseDataVersion, UNVERSIONED } from '@/data/version'
import { translator } from '@/i18n/catalogue'
import type { Notice } from '@/store/explorer-store'
import { dataVersionWords } from './data-version.en'

/*
 * Work made on other data: a link, scenario file or autosave records the data version it was made
 * on. Opening one made on older data still opens it, and says that the data were corrected since,
 * with a button to the changelog shown in the app.
 */

/** Opens the in-app changelog, scrolls to it and moves focus there. Does nothing without it. */
export function showChangelog(doc: Document | undefined = globalThis.document) {
  const el = doc?.getElementById(CHANGELOG_ID)
  if (!el) return
  if ('open' in el) (el as HTMLDetailsElement).open = true
  el.scrollIntoView?.({ block: 'start' })
  el.querySelector<HTMLElement>('summary')?.focus()
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The version the unversioned data came before ("2026.12" of "before 2026.12"). */
const FIRST_VERSION = UNVERSIONED.replace(/^before /, '')

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
  const t = translator(dataVersionWords)
  if (age === 'newer') {
    return {
      kind: 'info',
      text: t('newer', { what: capital(what), made: made!, current: DATA_VERSION }),
    }
  }
  const on = !made
    ? t('on.unversioned', { first: FIRST_VERSION })
    : parseDataVersion(made)
      ? t('on.version', { made })
      : t('on.unknown')
  return {
    kind: 'info',
    text: t('older', { what, on, current: DATA_VERSION }),
    action: { label: t('see-corrections'), run: () => showChangelog() },
  }
}

export { CHANGELOG_ID }
