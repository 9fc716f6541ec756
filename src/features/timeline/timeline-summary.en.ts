import { defineMessages } from '@/i18n/catalogue'

/**
 * The timeline as text. A pair's line is one sentence; its optional clauses (years without data,
 * years a state did not exist, years the scenario departs from history) are filled in where they
 * apply, each beginning with its own space or semicolon.
 */
export const timelineSummaryWords = defineMessages('timeline.summary', {
  agrees: 'The model agrees with history in {share} of dyad-years.',
  'agrees.baseline': 'The model agrees with history in {share} of dyad-years, baseline {baseline}.',
  'as-text': 'The timeline as text',
  pair: '<b>{pair}</b>: allied in history {history}{notes}; model on history {baseline}; model on the scenario {scenario}{differs}.',
  'pair.no-data': ' (no data in {years})',
  'pair.absent': ' ({states} did not exist in {years})',
  'pair.differs': "; the scenario's prediction differs from history in {years}",
  'divergence.none': "The scenario changes no prediction: every prediction is the baseline's.",
  divergence:
    '{n, plural, one {{count} dyad-year is} other {{count} dyad-years are}} now predicted differently from the baseline; first divergence: {pair}, {year}.',
})
