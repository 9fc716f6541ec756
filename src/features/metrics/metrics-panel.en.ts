import { defineMessages } from '@/i18n/catalogue'

/** How well the model fits history: the headline scores, the confusion matrix, each pair. */
export const metricsPanelWords = defineMessages('metrics.metrics-panel', {
  'show-only': 'Show only {outcomes} in the table',
  'cell.baseline': ', baseline {n, number}',
  'delta.term': ', <term>baseline</term> {value}',
  delta: ', baseline {value}',
  heading: 'How well the model fits',
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  'always-no': 'Always “no alliance”',
  'same-as-last': 'Same as last year',
  moments:
    'Alliance onsets and ends: {caught, number} of {total, number} caught within ±{tolerance} years',
  'moments.baseline':
    'Alliance onsets and ends: {caught, number} of {total, number} caught within ±{tolerance} years (baseline {baseline, number})',
  'moment.onset': '{pair}: alliance begins in {year}.',
  'moment.end': '{pair}: alliance ends in {year} (last allied year).',
  'moment.missed': 'Missed: the model predicts no such change within the window.',
  'moment.same': 'Caught in the same year.',
  'moment.caught': 'Caught: the model puts it in {year}.',
  caption:
    'Confusion matrix over {n, number} <term>dyad-years</term>; press a cell to list those years in the table',
  'model.alliance': 'Model: alliance',
  'model.none': 'Model: no alliance',
  'history.allied': '<term>History</term>: allied',
  'history.not-allied': 'History: not allied',
  outcome: '{label}: {explained}.',
  'per-pair': 'Agreement per pair',
  'pair.baseline': ', baseline {value}',
})
