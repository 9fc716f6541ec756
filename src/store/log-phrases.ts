import { activeLanguage, translator } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import type { ChangePhrases } from '@/model/changes'
import { logWords } from './log-words.en'

const built = new Map<Language, ChangePhrases>()

/**
 * The words `describeChange` and `describeScenario` (`@/model/changes`) write a change in, in the
 * language in use (or `language`): "Russian Federation communist 1992–2026".
 */
export function changePhrases(language: Language = activeLanguage()): ChangePhrases {
  let phrases = built.get(language)
  if (!phrases) {
    const t = translator(logWords, language)
    phrases = {
      regime: (state, regime, years) => t('change.regime', { state, regime, years }),
      threat: (pair, threat, years) => t('change.threat', { pair, threat, years }),
      rift: (pair, rift, years) => t('change.rift', { pair, rift: String(rift), years }),
    }
    built.set(language, phrases)
  }
  return phrases
}

/** "A; B": two parts of one log entry. */
export const together = (a: string, b: string, language: Language = activeLanguage()) =>
  translator(logWords, language)('together', { a, b })
