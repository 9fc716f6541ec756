import { translation } from '@/i18n/catalogue'
import type { dataVersionWords } from './data-version.en'

export default translation<typeof dataVersionWords>('share.data-version', {
  newer:
    '{what} được tạo trên phiên bản dữ liệu {made}, mới hơn bản trang khám phá này (phiên bản dữ liệu {current}), nên một số cách mã hóa và số liệu có thể khác với những gì nó đã hiển thị. Hãy tải lại trang, hoặc tải lại trang khám phá, để có dữ liệu mới hơn.',
  older:
    'Dữ liệu đã được chỉnh sửa kể từ khi bài làm này được tạo: {what} được tạo trên {on}, còn trang khám phá hiện dùng phiên bản dữ liệu {current}. Bài làm được mở đúng như khi tạo, nhưng một số cách mã hóa và số liệu có thể khác.',
  'on.unversioned': 'dữ liệu từ trước phiên bản {first}',
  'on.version': 'phiên bản dữ liệu {made}',
  'on.unknown': 'một phiên bản dữ liệu không xác định',
  'see-corrections': 'Xem những gì đã chỉnh sửa',
})
