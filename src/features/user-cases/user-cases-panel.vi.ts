import { translation } from '@/i18n/catalogue'
import type { userCasesWords } from './user-cases-panel.en'

export default translation<typeof userCasesWords>('user-cases.user-cases-panel', {
  heading: 'Trường hợp của riêng bạn',
  hint: 'Thêm một quốc gia hoặc một cặp quốc gia mà dữ liệu lịch sử có sẵn chưa có, mã hóa theo cùng cách: một giá trị, mức độ tin cậy, nguồn và một dòng lý do cho mỗi giai đoạn. Dữ liệu lịch sử có sẵn không bao giờ bị thay đổi; các trường hợp của bạn được đánh dấu “{mark}” ở mọi nơi và được lưu cùng kịch bản của bạn. Hãy bắt đầu từ một ví dụ mẫu (Liên Xô – Ethiopia): <csv>mẫu dạng CSV</csv> hoặc <json>dạng JSON</json>. Các cột được giải thích trong hướng dẫn định dạng (<code>docs/formats.md</code>).',
  open: 'Mở tệp trường hợp (CSV hoặc JSON)',
  'file-label': 'Tệp trường hợp cần mở',
  paste: 'Hoặc dán nội dung tệp trường hợp (CSV hoặc JSON)',
  add: 'Thêm các trường hợp đã dán',
  'problems.file':
    'Chưa thêm được {name}, và không có gì thay đổi. Vui lòng sửa {n, plural, other {lỗi sau}}:',
  'problems.pasted':
    'Chưa thêm được văn bản đã dán, và không có gì thay đổi. Vui lòng sửa {n, plural, other {lỗi sau}}:',
  'added.file': 'Đã thêm từ {name}: {added}.',
  'added.pasted': 'Đã thêm từ văn bản đã dán: {added}.',
  'too-large':
    'Tệp lớn hơn mức tối đa cho phép của một tệp trường hợp ({n, number} ký tự), nên không được đọc.',
  unreadable: 'Không đọc được tệp ({reason}).',
  'not-fit': 'Các trường hợp này không khớp với dữ liệu lịch sử có sẵn.',
  none: 'Bạn chưa thêm trường hợp nào của riêng mình.',
  list: 'Các trường hợp của bạn',
  state: '{name}: một quốc gia ({id})',
  'state.with-pairs':
    '{name}: một quốc gia ({id}); xóa quốc gia này cũng sẽ xóa các cặp của bạn có nó',
  pair: '{name}: một cặp ({id})',
  removed: 'Đã xóa {name}.',
  remove: 'Xóa <name/>',
})
