import type { ModelSettings } from '@/model/evaluate'
import {
  CONTESTED_LABEL,
  HISTORY_LABEL,
  IDEOLOGY_READING_SHORT,
  RULE_SHORT,
  SCOPE_LABEL,
} from '@/ui/words'

/** A settings change for the intervention log, e.g. "Rule: security only". */
export function settingWords(key: keyof ModelSettings, s: ModelSettings): string {
  switch (key) {
    case 'cases':
      return `Cases shown: ${SCOPE_LABEL[s.cases].toLowerCase()}`
    case 'rule':
      return `Rule: ${RULE_SHORT[s.rule]}`
    case 'lag':
      return `Exit lag: ${s.lag} ${s.lag === 1 ? 'year' : 'years'}`
    case 'ideology':
      return `Shared ideology: ${IDEOLOGY_READING_SHORT[s.ideology]}`
    case 'contestedThreat':
      return `A contested threat: ${CONTESTED_LABEL[s.contestedThreat].toLowerCase()}`
    case 'history':
      return `Alliance definition: ${HISTORY_LABEL[s.history].toLowerCase()}`
  }
}
