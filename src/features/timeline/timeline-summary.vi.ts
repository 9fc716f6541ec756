import { translation } from '@/i18n/catalogue'
import type { timelineSummaryWords } from './timeline-summary.en'

export default translation<typeof timelineSummaryWords>('timeline.summary', {
  agrees: 'Mô hình khớp với lịch sử ở {share} số cặp – năm.',
  'agrees.baseline': 'Mô hình khớp với lịch sử ở {share} số cặp – năm, đường cơ sở là {baseline}.',
  'as-text': 'Dòng thời gian dưới dạng văn bản',
  pair: '<b>{pair}</b>: có liên minh trong lịch sử {history}{notes}; mô hình trên lịch sử {baseline}; mô hình trên kịch bản {scenario}{differs}.',
  'pair.no-data': ' (không có dữ liệu trong {years})',
  'pair.absent': ' ({states} không tồn tại trong {years})',
  'pair.differs': '; dự đoán của kịch bản khác với lịch sử trong {years}',
  'divergence.none': 'Kịch bản không làm thay đổi dự đoán nào: mọi dự đoán đều giống đường cơ sở.',
  divergence:
    'Hiện có {n, plural, other {{count} cặp – năm}} được dự đoán khác với đường cơ sở; chỗ khác biệt đầu tiên: {pair}, {year}.',
})
