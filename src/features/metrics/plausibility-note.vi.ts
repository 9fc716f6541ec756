import { translation } from '@/i18n/catalogue'
import type { plausibilityNoteWords } from './plausibility-note.en'

export default translation<typeof plausibilityNoteWords>('metrics.plausibility-note', {
  communist: '{name} cộng sản',
  'non-communist': '{name} không cộng sản',
  'threat.yes': 'có mối đe dọa chung',
  'threat.no': 'không có mối đe dọa chung',
  'threat.contested': 'mối đe dọa còn tranh cãi',
  combination: '{a}, {b}, {threat}',
  'combination.rift': '{a}, {b}, {threat}, và có rạn nứt giữa hai đảng',
  states: '{n, plural, other {# quốc gia}}',
  pairs: '{n, plural, other {# cặp}}',
  separator: ', ',
  label: 'Cách xa lịch sử đến đâu',
  distance:
    'Cách xa lịch sử đến đâu: {n, plural, other {# ô dữ liệu mã hóa}} đã thay đổi, từ năm {year} trở đi.',
  'distance.parts':
    'Cách xa lịch sử đến đâu: {n, plural, other {# ô dữ liệu mã hóa}} đã thay đổi ({parts}), từ năm {year} trở đi.',
  note: '<b>Lưu ý:</b> kịch bản này ghép những cách mã hóa chưa từng cùng xuất hiện ở bất kỳ đâu trong dữ liệu lịch sử, nên mô hình đang suy luận vượt ra ngoài những gì lịch sử có thể kiểm chứng:',
  unseen: '{pair}, {years}: {combination}',
  more: 'và {n} trường hợp khác',
})
