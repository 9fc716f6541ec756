import { translation } from '@/i18n/catalogue'
import type { chartExportWords } from './chart-export.en'

export default translation<typeof chartExportWords>('export.chart-export', {
  'more-changes': '… và {n} thay đổi khác.',
  steps: 'Các bước đã thực hiện:',
  'earlier-steps': '({n} bước trước đó không được hiển thị)',
  desc: '{subtitle} Tạo bằng ứng dụng Khám phá liên minh phản thực tế, phiên bản dữ liệu {version}.',
  'timeout.read': 'việc đọc biểu đồ thành hình ảnh mất hơn {s} giây',
  'timeout.png': 'việc tạo tệp PNG mất hơn {s} giây',
  'error.read': 'trình duyệt không đọc được biểu đồ dưới dạng hình ảnh',
  'error.canvas': 'trình duyệt này không vẽ được lên canvas',
  'error.png': 'không tạo được tệp PNG',
})
