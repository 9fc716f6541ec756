import { translation } from '@/i18n/catalogue'
import type { spanFormWords } from './span-form.en'

export default translation<typeof spanFormWords>('history-editor.span-form', {
  title: 'Đặt giá trị cho một giai đoạn',
  change: 'Thay đổi',
  'option.regime': '{state}: chế độ chính trị',
  'option.threat': '{pair}: mối đe dọa chung',
  'option.rift': '{pair}: rạn nứt giữa hai đảng',
  from: 'từ',
  to: 'đến',
  as: 'thành',
  apply: 'Áp dụng',
  done: 'Đã đặt {who}, {from}–{to}: {value}.',
})
