import { translation } from '@/i18n/catalogue'
import type { captionWords } from './caption.en'

export default translation<typeof captionWords>('export.caption', {
  'reading.all': 'Lịch sử: {history}. Mô hình: {rule}, {ideology}, {contested}.',
  'reading.security': 'Lịch sử: {history}. Mô hình: {rule}, {contested}.',
  'reading.ideology': 'Lịch sử: {history}. Mô hình: {rule}, {ideology}.',
  'rule.lag': '{rule} ({lag, plural, other {# năm}})',
  ideology: 'hệ tư tưởng: {reading}',
  'contested.shared': 'mối đe dọa còn tranh cãi được tính là chung',
  'contested.not-shared': 'mối đe dọa còn tranh cãi không được tính',
  'no-changes': 'Lịch sử như đã mã hóa: không có thay đổi phản thực tế nào.',
  change: 'Phản thực tế: {change}',
  step: '{n}. {text}',
  'step.why': '{n}. {text} (lý do: {why})',
  credit:
    'Nguồn: Khang Vu, "{essay}", The Diplomat, tháng 5/2021; dữ liệu do dự án mã hóa từ bộ Liên minh chính thức của Dự án Tương quan Chiến tranh (COW) v4.1, ATOP v5.1, dữ liệu về quan hệ đối địch chiến lược và chiến tranh, cùng các nguồn dẫn cho từng ô. Tạo bằng ứng dụng Khám phá liên minh phản thực tế, phiên bản dữ liệu {version}.',
})
