import { translation } from '@/i18n/catalogue'
import type { caseSpreadChartWords } from './case-spread-chart.en'

export default translation<typeof caseSpreadChartWords>('class-results.case-spread-chart', {
  'option.yes': 'Có',
  'option.no': 'Không',
  'option.unsure': 'Chưa chắc',
  axis: 'Trường hợp {n}: {option}',
  bars: 'Câu trả lời',
  title: 'Phân bố câu trả lời theo từng trường hợp',
  'in-words': 'Biểu đồ bằng lời',
  count: '{option}: {count}',
  separator: ', ',
  line: 'Trường hợp {n} ({title}): {counts}.',
})
