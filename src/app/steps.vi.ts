import { translation } from '@/i18n/catalogue'
import type { stepWords } from './steps.en'

export default translation<typeof stepWords>('app.steps', {
  nav: 'Các bước của bài học',
  'explore.title': 'Khám phá',
  'explore.hint': 'thay đổi lịch sử và theo dõi các dự đoán',
  'debate.title': 'Tranh luận',
  'debate.hint': 'xem xét trường hợp theo cách mã hóa của Vu, của Lân và của các bộ dữ liệu',
  'check.title': 'Kiểm chứng',
  'check.hint': 'mô hình khớp đến đâu, theo từng năm và từng dòng',
  'part.debate': 'Bước Tranh luận',
  'part.check': 'Bước Kiểm chứng',
})
