import { defineMessages } from '@/i18n/catalogue'

/** The history editor's heading, how to use it, and the names of its strips. */
export const historyEditorWords = defineMessages('history-editor.history-editor', {
  heading: 'Change history',
  hint: 'Each cell is a year, {first}–{last}. Click or press Space to flip it; shift-click, shift-arrow or drag to set a span. Filled cells are communist regimes, shared threats and party rifts; half-filled cells are contested; a dot marks a cell you changed.',
  loading: 'Loading the year cells…',
  regimes: 'Regimes',
  pair: 'Threat and rift for',
  'strip.threat': '{pair}: shared threat',
  'strip.rift': '{pair}: party rift',
})
