import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '@/i18n/languages'
import { useLanguage, useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { languageMenuWords } from './language-words.en'
import './language.css'

/**
 * The language menu in the header: each language named in itself, so a reader finds their own
 * whatever the page is in. The choice goes into the link and the autosave with the view; a
 * language not yet in memory loads first (the page keeps its language meanwhile).
 */
export function LanguageMenu() {
  const t = useT(languageMenuWords)
  const language = useLanguage()
  const setLanguage = useExplorerStore((s) => s.setLanguage)
  return (
    <label className="language-menu">
      <span className="language-globe" aria-hidden="true">
        🌐
      </span>
      <span className="visually-hidden">{t('label')}</span>
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value)
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
