import { translation } from '@/i18n/catalogue'
import type { mainWords } from './main-words.en'

export default translation<typeof mainWords>('app.main-words', {
  'generated-dataset':
    'Trang này đang hiển thị một bộ dữ liệu thử nghiệm được tạo tự động (?dataset=generated), không phải lịch sử. Mọi thao tác ở đây đều không được lưu; hãy mở trang mà không có "?dataset=generated" để xem dữ liệu thật.',
  'not-loaded':
    'Một phần của trang khám phá chưa tải được, nên bài làm của bạn không được lưu trong trình duyệt này. Hãy tải lại trang khi có kết nối trở lại; trong lúc chờ, hãy dùng "Lưu kịch bản" hoặc "Sao chép liên kết" để giữ bài làm.',
})
