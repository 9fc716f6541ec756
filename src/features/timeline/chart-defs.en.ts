import { defineMessages } from '@/i18n/catalogue'

/** The timeline's legend; the short forms are used when the scenario's band is drawn too. */
export const chartDefsWords = defineMessages('timeline.chart-defs', {
  history: 'History (top band)',
  'history.short': 'History (top)',
  baseline: 'Model on history (lower band)',
  'baseline.short': 'Model on history (middle)',
  scenario: 'Model on scenario (bottom)',
  'off-history': 'Model differs from history',
  'off-history.short': 'Differs from history',
  'off-baseline': 'Changed by the scenario',
  'not-covered': 'No data in this series (not scored)',
  absent: 'State did not exist (not scored)',
})
