import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '@/i18n/languages'
import { useLanguage, useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { languageMenuWords } from './language-words.en'
import './language.css'

/**
 * A globe, drawn rather than written: the emoji needs a colour emoji font, which many school
 * Linux machines lack (it showed as an empty box), and looking for one held up the page's first
 * layout while the browser searched every installed font.
 */
function GlobeIcon() {
  return (
    <svg className="language-globe" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.25" />
      <ellipse cx="10" cy="10" rx="3.75" ry="8.25" />
      <path d="M1.75 10h16.5M3.3 5.5h13.4M3.3 14.5h13.4" />
    </svg>
  )
}

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
      <GlobeIcon />
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
