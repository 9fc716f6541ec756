import { translation } from '@/i18n/catalogue'
import type { dataChangelogWords } from './data-changelog.en'

export default translation<typeof dataChangelogWords>('about.data-changelog', {
  summary: 'Phiên bản dữ liệu {current}: những gì đã được sửa',
  intro:
    'Liên kết, tệp kịch bản, bài đã lưu, ảnh biểu đồ và tài liệu phát tay đều ghi lại phiên bản dữ liệu mà chúng được tạo trên đó. Khi mở một bài làm trên phiên bản cũ hơn, ứng dụng hiển thị cùng bài làm đó trên dữ liệu đã sửa, nên một số mã hóa và số liệu có thể khác với những gì tác giả đã thấy. Bài làm không có phiên bản được tạo trên dữ liệu từ trước phiên bản {version}.',
  'in-english':
    'Danh sách các chỉnh sửa được giữ nguyên bằng tiếng Anh, đúng như khi được ghi lại cùng dữ liệu mà chúng chỉnh sửa.',
  loading: 'Đang tải danh sách chỉnh sửa…',
  'part.list': 'Danh sách đính chính',
})
