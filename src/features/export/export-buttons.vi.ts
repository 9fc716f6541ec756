import { translation } from '@/i18n/catalogue'
import type { exportButtonWords } from './export-buttons.en'

export default translation<typeof exportButtonWords>('export.export-buttons', {
  png: 'Tải biểu đồ (PNG)',
  svg: 'Tải biểu đồ (SVG)',
  csv: 'Tải dữ liệu biểu đồ (CSV)',
  making: 'Đang tạo tệp {format}…',
  downloaded: 'Đã tải xuống {file}.',
  failed: 'Không xuất được biểu đồ: {reason}.',
})
