import { defineMessages } from '@/i18n/catalogue'

/** A year strip of the history editor: its values read aloud, its slider's words, its help. */
export const yearStripWords = defineMessages('history-editor.year-strip', {
  'threat.yes': 'threat shared',
  'threat.no': 'threat not shared',
  'threat.contested': 'threat contested',
  slider: '{label}, by year',
  value: '{year}: {value}',
  'value.changed': '{year}: {value} (changed; history: {history})',
  decade: '{decade}s',
  help: 'Arrow keys choose a year; Space flips it; Shift with an arrow sets a span.',
})
