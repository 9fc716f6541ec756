/**
 * The languages of the interface. English is the default and is in the first load; the others'
 * catalogues load when chosen (`./catalogue`). Each is named in itself in the language menu.
 */
export const LANGUAGES = ['en', 'vi', 'zh-Hans'] as const
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: Language = 'en'

/** Each language's name in itself, as the language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/**
 * The language for a first visit, from the browser's list in order of preference
 * (`navigator.languages`): the first that is Vietnamese or Chinese (any script: Simplified is the
 * only Chinese the app has) or English; English when none is.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0]
    if (primary === 'vi') return 'vi'
    if (primary === 'zh') return 'zh-Hans'
    if (primary === 'en') return 'en'
  }
  return DEFAULT_LANGUAGE
}
