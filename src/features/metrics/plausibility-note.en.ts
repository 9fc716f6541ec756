import { defineMessages } from '@/i18n/catalogue'

/** How far a scenario moves from history, and the combinations history never shows. */
export const plausibilityNoteWords = defineMessages('metrics.plausibility-note', {
  communist: '{name} communist',
  'non-communist': '{name} non-communist',
  'threat.yes': 'a shared threat',
  'threat.no': 'no shared threat',
  'threat.contested': 'a contested threat',
  combination: '{a}, {b}, {threat}',
  'combination.rift': '{a}, {b}, {threat}, and a party rift',
  states: '{n, plural, one {# state} other {# states}}',
  pairs: '{n, plural, one {# pair} other {# pairs}}',
  separator: ', ',
  label: 'How far from history',
  distance:
    'How far from history: {n, plural, one {# coded cell} other {# coded cells}} changed, from {year} on.',
  'distance.parts':
    'How far from history: {n, plural, one {# coded cell} other {# coded cells}} changed ({parts}), from {year} on.',
  note: '<b>Note:</b> this scenario puts together codings that never occur together anywhere in the historical data, so the model is reasoning beyond what history can check:',
  unseen: '{pair}, {years}: {combination}',
  more: 'and {n} more',
})
