import { translation } from '@/i18n/catalogue'
import type { presetWords } from './preset-words.en'

export default translation<typeof presetWords>('presets.preset-words', {
  heading: 'Nếu như…?',
  'more.summary': 'Ngoài các trường hợp của bài viết ({n, number})',
  hint: 'Nhấn một hoặc nhiều nút để thay đổi lịch sử; nhấn lần nữa để bỏ thay đổi. Trỏ chuột vào một nút, hoặc dùng phím Tab để chọn nó, để đọc câu hỏi mà nút đó đặt ra.',
  reset: 'Trở về lịch sử',
  'count.none': 'Đang hiển thị lịch sử như đã mã hóa.',
  'count.changed': 'Đã thay đổi {n, plural, other {# ô}} so với lịch sử.',
})
