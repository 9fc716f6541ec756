import { defineMessages } from '@/i18n/catalogue'

/**
 * The words that travel with an exported chart and the handout: the reading of the model, the
 * scenario in plain words, the steps taken and the credit. The essay's title stays in English,
 * as a citation does.
 */
export const captionWords = defineMessages('export.caption', {
  'reading.all': 'History: {history}. Model: {rule}, {ideology}, {contested}.',
  'reading.security': 'History: {history}. Model: {rule}, {contested}.',
  'reading.ideology': 'History: {history}. Model: {rule}, {ideology}.',
  'rule.lag': '{rule} of {lag, plural, one {# year} other {# years}}',
  ideology: '{reading} ideology',
  'contested.shared': 'contested threats count as shared',
  'contested.not-shared': 'contested threats do not count',
  'no-changes': 'History as coded: no counterfactual changes.',
  change: 'Counterfactual: {change}',
  step: '{n}. {text}',
  'step.why': '{n}. {text} (why: {why})',
  credit:
    'Sources: Khang Vu, "{essay}", The Diplomat, May 2021; codings by the project from Correlates of War Formal Alliances v4.1, ATOP v5.1, strategic rivalry and war data, and the sources cited per cell. Made with the Alliance Counterfactual Explorer, data version {version}.',
})
