import { translation } from '@/i18n/catalogue'
import type { timelineToolbarWords } from './timeline-toolbar.en'

export default translation<typeof timelineToolbarWords>('timeline.toolbar', {
  from: 'Từ',
  to: 'đến',
  'all-years': 'Mọi năm',
  'pairs-shown': 'Các cặp hiển thị ({n}/{total})',
  'pairs-shown.legend': 'Các cặp hiển thị trên dòng thời gian',
  'show-all': 'Hiện tất cả',
  find: 'Tìm cặp',
  state: 'Quốc gia',
  'all-states': 'Mọi quốc gia',
  search: 'Tìm một cặp',
  'search.placeholder': 'vd. Albania',
  'search.clear': 'Xóa tìm kiếm',
  compact: 'Thu gọn các dòng',
  matching: '{n} trên {total} cặp khớp.',
  'matching.folded': '{n} trên {total} cặp khớp (có thể một số nằm trong nhóm đã thu gọn).',
})
