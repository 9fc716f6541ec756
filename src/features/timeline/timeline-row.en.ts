import { defineMessages } from '@/i18n/catalogue'

/** A timeline row's words for assistive technology, and the label of years a state did not exist. */
export const timelineRowWords = defineMessages('timeline.row', {
  label: '{pair}: history, baseline and scenario by year',
  alliance: 'alliance',
  'no-alliance': 'no alliance',
  'not-covered': 'not covered',
  'value.at-rest': '{year}: history {history}, baseline {baseline}',
  value: '{year}: history {history}, baseline {baseline}, scenario {scenario}',
  'value.absent': '{year}: {states} did not exist, so the pair has no dyad-year',
  absent: 'did not exist',
})
