import { translation } from '@/i18n/catalogue'
import type { timelineChartWords } from './timeline-chart.en'

export default translation<typeof timelineChartWords>('timeline.chart', {
  title: 'Liên minh {from}–{to}: lịch sử so với mô hình',
  subtitle: '{reading} Kịch bản: <b>{scenario}</b>.',
  group: '{group} · {n, plural, other {# cặp}}',
  'group.folded': '{group} · {n, plural, other {# cặp}} (đã thu gọn)',
  'group.button': '{group}, {n, plural, other {# cặp}}',
  'svg.label': 'Dòng thời gian của {n, plural, other {# cặp quốc gia}}, {from}–{to}',
})
