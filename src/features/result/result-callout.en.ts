import { defineMessages } from '@/i18n/catalogue'

/** The result, large and first: which pairs the scenario moves, and the accuracy against the baseline. */
export const resultCalloutWords = defineMessages('result.result-callout', {
  heading: 'The result',
  rest: 'The model on history agrees with history in <b>{accuracy}</b> of dyad-years. Press a “What if…?” to change history and watch the predictions move.',
  unchanged:
    'This scenario changes no prediction: the model agrees with history in <b>{accuracy}</b> of dyad-years, as on history.',
  'pair.label': '{sentence} Show on the timeline.',
  figures:
    '{n, plural, one {{count} dyad-year} other {{count} dyad-years}} change from the baseline; accuracy <b>{accuracy}</b>, baseline {baseline}.',
  'figures.pairs':
    '{n, plural, one {{count} dyad-year} other {{count} dyad-years}} in {pairs} pairs change from the baseline; accuracy <b>{accuracy}</b>, baseline {baseline}.',
})
