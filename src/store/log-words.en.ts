import { defineMessages } from '@/i18n/catalogue'

/** The intervention log's entries: each is written in the language in use when the step is made, and kept as written. */
export const logWords = defineMessages('store.log-words', {
  'change.regime': '{state} {regime, select, communist {communist} other {non-communist}} {years}',
  'change.threat':
    '{pair}: {threat, select, yes {shared threat} no {no shared threat} other {contested threat}} {years}',
  'change.rift': '{pair}: {rift, select, true {party rift} other {no party rift}} {years}',
  'as-in-history': '{change} (as in history)',
  'preset.applied': 'Applied {preset}',
  'preset.applied-instead': 'Applied {preset} in place of {others}',
  'preset.removed': 'Removed {preset}',
  'preset.quoted': '"{title}"',
  and: '{a} and {b}',
  reset: 'Reset to history',
  together: '{a}; {b}',
  'no-description': '(a step with no description)',
  'setting.cases': 'Cases shown: {scope}',
  'setting.rule': 'Rule: {rule}',
  'setting.lag': 'Exit lag: {n, plural, one {# year} other {# years}}',
  'setting.ideology': 'Shared ideology: {reading}',
  'setting.contested': 'A contested threat: {reading}',
  'setting.history': 'Alliance definition: {history}',
})
