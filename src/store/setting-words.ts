import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import type { ModelSettings } from '@/model/evaluate'
import { wordsIn } from '@/ui/words'
import { logWords } from './log-words.en'

/**
 * A label inside a sentence. English lower-cases the whole label ("correlates of war formal
 * alliance", as the log has always said); other languages only its first letter, so an acronym
 * such as COW keeps its capitals.
 */
const lower = (language: Language, label: string) =>
  language === 'en'
    ? label.toLowerCase()
    : label.charAt(0).toLocaleLowerCase(language) + label.slice(1)

/**
 * A settings change for the intervention log, e.g. "Rule: security only", in the language in use
 * (or `language`).
 */
export function settingWords(
  key: keyof ModelSettings,
  s: ModelSettings,
  language: Language = activeLanguage(),
): string {
  const t = translator(logWords, language)
  const w = wordsIn(language)
  switch (key) {
    case 'cases':
      return t('setting.cases', { scope: lower(language, w.SCOPE_LABEL[s.cases]) })
    case 'rule':
      return t('setting.rule', { rule: w.RULE_SHORT[s.rule] })
    case 'lag':
      return t('setting.lag', { n: s.lag })
    case 'ideology':
      return t('setting.ideology', { reading: w.IDEOLOGY_READING_SHORT[s.ideology] })
    case 'contestedThreat':
      return t('setting.contested', {
        reading: lower(language, w.CONTESTED_LABEL[s.contestedThreat]),
      })
    case 'history':
      return t('setting.history', { history: lower(language, w.HISTORY_LABEL[s.history]) })
  }
}
