import { translation } from '@/i18n/catalogue'
import type { settingsPanelWords } from './settings-panel.en'

export default translation<typeof settingsPanelWords>('settings.settings-panel', {
  heading: 'Cài đặt mô hình',
  cases: 'Các trường hợp hiển thị',
  'cases.option': '{label} ({n, number} cặp)',
  'cases.hint':
    'Các cặp mà bài viết đã chọn, hoặc các cặp được thêm vào để kiểm tra xem quy tắc có còn đúng ngoài phạm vi đó không (<term>ngoài mẫu</term>), hoặc cả hai.',
  rule: 'Quy tắc',
  lag: '<term>Độ trễ rút khỏi liên minh</term> (số năm liên minh còn kéo dài sau khi một tiêu chí không còn đáp ứng)',
  history: 'Định nghĩa liên minh (điều gì được tính là <term>lịch sử</term>)',
  'history.hint':
    'Cách mã hóa của chính bài viết, hai <series>chuỗi dữ liệu hiệp ước</series>, hoặc một bộ dữ liệu: <cow>COW</cow> hoặc <atop>ATOP</atop>.',
  ideology: '<term>Cùng hệ tư tưởng</term>',
  contested: 'Mối đe dọa <term>còn tranh cãi</term>',
})
