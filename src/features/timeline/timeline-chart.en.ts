import { defineMessages } from '@/i18n/catalogue'

/** The timeline's title, subtitle, group headers and its name for assistive technology. */
export const timelineChartWords = defineMessages('timeline.chart', {
  title: 'Alliances {from}–{to}: history against the model',
  subtitle: '{reading} Scenario: <b>{scenario}</b>.',
  group: '{group} · {n, plural, one {# pair} other {# pairs}}',
  'group.folded': '{group} · {n, plural, one {# pair} other {# pairs}} (folded)',
  'group.button': '{group}, {n, plural, one {# pair} other {# pairs}}',
  'svg.label': 'Timeline of {n, plural, one {# pair} other {# pairs}} of states, {from}–{to}',
})
