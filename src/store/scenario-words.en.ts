import { defineMessages } from '@/i18n/catalogue'

/** The scenario in a few words (the timeline's and the exports' subtitle). */
export const scenarioWords = defineMessages('store.scenario', {
  history: 'history as coded',
  further: '{n, plural, one {# further change} other {# further changes}}',
  changes: '{n, plural, one {# change} other {# changes}}',
  separator: '; ',
})
