import { translation } from '@/i18n/catalogue'
import type { codingPanelWords } from './coding-panel.en'

export default translation<typeof codingPanelWords>('coding.coding-panel', {
  heading: 'Tự mã hóa các trường hợp còn tranh cãi',
  intro:
    'Cuộc tranh luận xoay quanh câu hỏi thế nào thì được tính là liên minh. Hãy đọc bằng chứng của từng trường hợp, trả lời và nêu lý do; sau đó mở phần xem Vu, Lân và hai bộ dữ liệu đã quyết định thế nào. Câu trả lời của bạn tạo nên <b>Cách đọc của tôi</b> trong bảng ở trên. Trường hợp nào bạn để ngỏ hoặc đánh dấu chưa chắc thì giữ nguyên cách mã hóa của Vu.',
  progress: 'Đã mã hóa {coded} trên {total} trường hợp.',
  'state.done': '✓ đã mã hóa',
  'state.open': 'chưa mã hóa',
  'clause.caption': '{article}. {published}',
  'question.defence': 'Văn bản có buộc bên nào phải bảo vệ bên kia không?',
  'question.alliance': 'Có tính đây là liên minh không?',
  'question.threat': 'Trong những năm này, hai nước có mối đe dọa chung không?',
  'question.end': 'Năm cuối cùng liên minh còn hiệu lực là năm nào?',
  'answer.yes': 'Có',
  'answer.no': 'Không',
  'answer.unsure': 'Chưa chắc',
  reason: 'Lý do của bạn',
  'decided.summary': 'Vu, Lân, COW và ATOP đã quyết định thế nào',
  'authority.vu': 'Vu',
  'authority.lan': 'Lân',
  'authority.cow': 'COW',
  'authority.atop': 'ATOP',
  'decided.line': '{who}: {code}.',
  'decided.none': 'không có quan điểm',
  'decided.end': 'năm cuối cùng còn liên minh là {year}',
  'decided.alliance': 'liên minh: {answer, select, yes {có} no {không} other {chưa chắc}}',
  'decided.defence': 'nghĩa vụ phòng thủ: {answer, select, yes {có} other {không}}',
  'decided.threat': 'mối đe dọa chung: {answer, select, yes {có} other {không}}',
  'decided.separator': '; ',
  'decided.sources': 'Nguồn: <sources/> · mức độ tin cậy {confidence}',
})
