import { translation } from '@/i18n/catalogue'
import type { agreementChartWords } from './agreement-chart.en'

export default translation<typeof agreementChartWords>('agreement.chart', {
  title: 'Mức khớp với lịch sử theo năm',
  subtitle: 'Tỉ lệ các cặp có liên minh được dự đoán khớp với {series}.',
  baseline: 'Mô hình trên lịch sử (đường cơ sở)',
  scenario: 'Mô hình trên kịch bản',
  'tooltip.year': 'Năm {year}',
  text: 'Từ {from} đến {to}, trong một năm trung bình mô hình khớp với lịch sử ở {scenario}% số cặp.{drop, select, yes { Mức giảm lớn nhất là vào năm {year}: từ {before}% xuống {after}%.} other {}}',
  'text.changed':
    'Từ {from} đến {to}, trong một năm trung bình mô hình khớp với lịch sử ở {scenario}% số cặp theo kịch bản, so với {baseline}% ở đường cơ sở.{drop, select, yes { Mức giảm lớn nhất là vào năm {year}: từ {before}% xuống {after}%.} other {}}',
})
