import { translation } from '@/i18n/catalogue'
import type { caseSpreadChartWords } from './case-spread-chart.en'

export default translation<typeof caseSpreadChartWords>('class-results.case-spread-chart', {
  'option.yes': '是',
  'option.no': '否',
  'option.unsure': '不确定',
  axis: '案例 {n}：{option}',
  bars: '回答',
  title: '各案例的回答分布',
  'in-words': '图表的文字说明',
  count: '{option}：{count}',
  separator: '；',
  line: '案例 {n}（{title}）：{counts}。',
})
