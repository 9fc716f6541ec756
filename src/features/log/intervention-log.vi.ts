import { translation } from '@/i18n/catalogue'
import type { interventionLogWords } from './intervention-log.en'

export default translation<typeof interventionLogWords>('log.intervention-log', {
  heading: 'Các thay đổi của bạn',
  empty:
    'Chưa có thay đổi nào. Mỗi thay đổi bạn thực hiện sẽ được liệt kê ở đây, kèm chỗ để ghi lý do.',
  'shown.all': 'Đang hiển thị tất cả {n, number} bước.',
  'shown.last': 'Đang hiển thị {shown, number} bước cuối trong tổng số {n, number} bước.',
  'show.last': 'Chỉ hiện {shown, number} bước cuối',
  'show.all': 'Hiện tất cả {n, number} bước',
  'why.label': 'Vì sao? (bước {step})',
  'why.placeholder': 'Vì sao? (không bắt buộc)',
})
