import { defineMessages } from '@/i18n/catalogue'

/** The form that sets a span of years to one value. */
export const spanFormWords = defineMessages('history-editor.span-form', {
  title: 'Set a span of years',
  change: 'Change',
  'option.regime': '{state}: regime',
  'option.threat': '{pair}: shared threat',
  'option.rift': '{pair}: party rift',
  from: 'from',
  to: 'to',
  as: 'as',
  apply: 'Apply',
  done: 'Set {who}, {from}–{to}: {value}.',
})
