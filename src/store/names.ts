import { ownMessage, text } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { ENGLISH_NAMES, labelsOf, type Labels, type NameTable } from '@/model/labels'
import { stateName, type DyadYearRow } from '@/model/rows'
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
      periodName: (s, i) => ownMessage('data.state-names', `${s.id}.names.${i}.name`, language),
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

/**
 * Rows with their readable name columns in `language` (the CSV's and the table's); the codes
 * and every other column stay as they are, a data format.
 */
export function rowsNamedIn(
  rows: readonly DyadYearRow[],
  dataset: Dataset,
  language: Language,
): readonly DyadYearRow[] {
  if (language === 'en') return rows
  const states = new Map(dataset.states.map((s) => [s.id, s]))
  const names = namesIn(language)
  const name = (id: string, year: number, english: string) => {
    const s = states.get(id)
    return s ? stateName(s, year, names) : english
  }
  return rows.map((r) => ({
    ...r,
    name_a: name(r.state_a, r.year, r.name_a),
    name_b: name(r.state_b, r.year, r.name_b),
  }))
}
