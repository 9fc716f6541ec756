import { defineMessages } from '@/i18n/catalogue'

/** The coding behind the history editor's cell in view: its value, the scenario's, the record. */
export const cellDetailsWords = defineMessages('history-editor.cell-details', {
  empty:
    'Point at a year, or move to it with the arrow keys, to read how history codes it and why.',
  heading: '{who}, {year}',
  'not-applicable': 'not applicable',
  history: 'History: <b>{value}</b>',
  'history.adversary': 'History: <b>{value}</b> (common adversary: <adversary/>)',
  'scenario.changed': ' · Scenario: <b>{value}</b> (changed)',
  'scenario.regimes': ' · Scenario: <b>{value}</b> (regimes changed)',
  'rift.both':
    'A party rift counts only between two ruling communist parties. Not communist in {year}: {names}. This year is coded “{value}”.',
  'rift.history':
    'A party rift counts only between two ruling communist parties. Not communist in {year} in history: {names}. This year is coded “{value}”.',
  'rift.scenario':
    'A party rift counts only between two ruling communist parties. Not communist in {year} in the scenario: {names}. This year is coded “{value}”.',
  coded: 'Confidence: {confidence}. Coded for {years}.',
  contested: 'Contested:',
  /**
   * Said where the record's English (the rationale, the contested note) stands in another
   * language's interface; nothing in English.
   */
  'record-note': '',
})
