import { ownMessage, text } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { ENGLISH_NAMES, labelsOf, type Labels, type NameTable } from '@/model/labels'
import type { Dataset } from '@/model/types'
import { languageWords } from './language.en'

/*
 * States' names in the language in use: the standard name in each language (Liên Xô, 苏联), from
 * the `data.state-names` catalogue (`src/data/state-names.en.ts`, keyed `<id>.short` and
 * `<id>.names.<period>.short`). A state a user added keeps the name they gave it.
 */

const tables = new Map<Language, NameTable>([['en', ENGLISH_NAMES]])

export function namesIn(language: Language): NameTable {
  let table = tables.get(language)
  if (!table) {
    table = {
      short: (s) => ownMessage('data.state-names', `${s.id}.short`, language),
      periodShort: (s, i) => ownMessage('data.state-names', `${s.id}.names.${i}.short`, language),
      get userCaseMark() {
        return text(languageWords, 'user-case-mark', undefined, language)
      },
    }
    tables.set(language, table)
  }
  return table
}

/** Labels for a dataset in a language's names. */
export const labelsIn = (dataset: Dataset, language: Language): Labels =>
  labelsOf(dataset, namesIn(language))
