import { translation } from '@/i18n/catalogue'
import type { cellDetailsWords } from './cell-details.en'

export default translation<typeof cellDetailsWords>('history-editor.cell-details', {
  empty:
    'Trỏ chuột vào một năm, hoặc di chuyển đến năm đó bằng phím mũi tên, để xem lịch sử mã hóa năm đó thế nào và vì sao.',
  heading: '{who}, {year}',
  'not-applicable': 'không áp dụng',
  history: 'Lịch sử: <b>{value}</b>',
  'history.adversary': 'Lịch sử: <b>{value}</b> (đối thủ chung: <adversary/>)',
  'scenario.changed': ' · Kịch bản: <b>{value}</b> (đã đổi)',
  'scenario.regimes': ' · Kịch bản: <b>{value}</b> (chế độ chính trị đã đổi)',
  'rift.both':
    'Rạn nứt giữa hai đảng chỉ được tính khi cả hai nước đều do đảng cộng sản cầm quyền. Không phải cộng sản vào năm {year}: {names}. Năm này được mã hóa là “{value}”.',
  'rift.history':
    'Rạn nứt giữa hai đảng chỉ được tính khi cả hai nước đều do đảng cộng sản cầm quyền. Không phải cộng sản vào năm {year} theo lịch sử: {names}. Năm này được mã hóa là “{value}”.',
  'rift.scenario':
    'Rạn nứt giữa hai đảng chỉ được tính khi cả hai nước đều do đảng cộng sản cầm quyền. Không phải cộng sản vào năm {year} theo kịch bản: {names}. Năm này được mã hóa là “{value}”.',
  coded: 'Mức độ tin cậy: {confidence}. Mã hóa cho giai đoạn {years}.',
  contested: 'Còn tranh cãi:',
  'record-note': '(Lý do mã hóa, ghi chú tranh cãi và tên nguồn được giữ nguyên bằng tiếng Anh.)',
})
