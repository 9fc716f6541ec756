import { translation } from '@/i18n/catalogue'
import type { historyEditorWords } from './history-editor.en'

export default translation<typeof historyEditorWords>('history-editor.history-editor', {
  heading: 'Thay đổi lịch sử',
  hint: 'Mỗi ô là một năm, từ {first} đến {last}. Nhấp chuột hoặc nhấn phím cách để đảo giá trị của ô; Shift + nhấp chuột, Shift + phím mũi tên hoặc kéo chuột để đặt cả một giai đoạn. Ô được tô đầy biểu thị chế độ cộng sản, mối đe dọa chung và rạn nứt giữa hai đảng; ô được tô một nửa là mã hóa còn tranh cãi; dấu chấm đánh dấu ô bạn đã thay đổi.',
  loading: 'Đang tải các ô năm…',
  regimes: 'Chế độ chính trị',
  pair: 'Mối đe dọa và rạn nứt của',
  'strip.threat': '{pair}: mối đe dọa chung',
  'strip.rift': '{pair}: rạn nứt giữa hai đảng',
})
