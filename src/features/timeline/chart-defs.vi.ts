import { translation } from '@/i18n/catalogue'
import type { chartDefsWords } from './chart-defs.en'

export default translation<typeof chartDefsWords>('timeline.chart-defs', {
  history: 'Lịch sử (dải trên)',
  'history.short': 'Lịch sử (trên)',
  baseline: 'Mô hình trên lịch sử (dải dưới)',
  'baseline.short': 'Mô hình trên lịch sử (giữa)',
  scenario: 'Mô hình trên kịch bản (dưới)',
  'off-history': 'Mô hình khác với lịch sử',
  'off-history.short': 'Khác với lịch sử',
  'off-baseline': 'Thay đổi do kịch bản',
  'not-covered': 'Chuỗi này không có dữ liệu (không tính điểm)',
  absent: 'Quốc gia không tồn tại (không tính điểm)',
})
