import { translation } from '@/i18n/catalogue'
import type { timelineChartWords } from './timeline-chart.en'

export default translation<typeof timelineChartWords>('timeline.chart', {
  title: '{from}—{to}年的同盟：历史记录与模型对照',
  subtitle: '{reading}情景：<b>{scenario}</b>。',
  group: '{group} · {n, plural, other {#对国家}}',
  'group.folded': '{group} · {n, plural, other {#对国家}}（已折叠）',
  'group.button': '{group}，{n, plural, other {#对国家}}',
  'svg.label': '{n, plural, other {#对国家}}的时间线，{from}—{to}年',
})
