import { activeLanguage, subscribeLanguage, text } from '@/i18n/catalogue'
import { appWords } from './app.en'
import { isLanguage, languageFromBrowser, type Language } from '@/i18n/languages'

/**
 * Keeps the document in the language in use: `<html lang>` (for screen readers' voices, the
 * browser's fonts and hyphenation, and its offer to translate) and the window's title.
 */
export function followLanguage(doc: Document = document): () => void {
  const apply = () => {
    doc.documentElement.lang = activeLanguage()
    doc.title = text(appWords, 'title')
  }
  apply()
  return subscribeLanguage(apply)
}

/** The language a link asks for (`lang=`), if it names one, read before the link itself. */
export function linkLanguage(hash: string): Language | undefined {
  const value = /(?:^#|&)lang=([^&]*)/.exec(hash)?.[1]
  return isLanguage(value) ? value : undefined
}

/** The language of a first visit: the browser's, where the app has it. */
export const browserLanguage = (nav: Pick<Navigator, 'languages' | 'language'> = navigator) =>
  languageFromBrowser(nav.languages?.length ? nav.languages : [nav.language])
