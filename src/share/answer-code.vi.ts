import { translation } from '@/i18n/catalogue'
import type { answerCodeWords } from './answer-code.en'

export default translation<typeof answerCodeWords>('share.answer-code', {
  'no-nickname': 'hãy viết biệt danh của bạn trước',
  'marks.count': 'có {n} câu trả lời trong khi mục này hỏi {asks} câu',
  'marks.end': '“{mark}” không phải một trong các năm kết thúc của mục này',
  'marks.answer': '“{mark}” không phải câu trả lời cho câu hỏi {question} của mục này',
  'nickname.unclean': 'biệt danh không phải văn bản hợp lệ',
  'reason.unclean': 'một lý do không phải văn bản hợp lệ',
  'contents.unfit': 'nội dung của mã không khớp',
  'issue.at': 'tại {path}: {message}',
  damaged: 'bị hỏng: {detail}',
  'too-long': 'quá dài: {n} ký tự, dài hơn mọi mã bài làm của bài học này ({max})',
  'not-a-code': 'không phải mã bài làm (mã bài làm bắt đầu bằng {tag})',
  newer:
    'được tạo bởi một phiên bản mới hơn của trang khám phá ({tag}): hãy tải lại trang để cập nhật',
  'cut-off': 'mã bị cắt mất sau vài ký tự đầu',
  changed: 'một phần của mã bị thiếu hoặc bị thay đổi (hãy sao chép lại toàn bộ mã)',
  'bad-characters': 'mã chứa những ký tự mà mã bài làm không có',
  unreadable: 'không đọc được nội dung của mã',
  'no-lesson': 'mã không nêu bài học nào',
  'other-lesson': 'được tạo cho một bài học khác ({lesson})',
  'other-version':
    'được tạo cho một bài học khác (một phiên bản khác của {lesson}: các trường hợp hoặc bài tập đã thay đổi)',
  case: 'trường hợp {i} ({id}): {problem}',
  exercise: 'bài tập {i}: “{marks}” không phải câu trả lời',
  'not-written': 'mã không được viết theo cách trang khám phá viết mã',
  nothing: 'không phải mã bài làm: không có gì để đọc',
  'could-not-read': 'bị hỏng: không đọc được mã',
  'paste.too-long':
    'quá dài: {n, number} ký tự, dài hơn {codes} mã cùng với lời trò chuyện xung quanh (tối đa {max, number}): hãy dán ít hơn mỗi lần',
  'paste.too-many': 'hơn {codes} mã trong một lần dán: hãy dán phần còn lại riêng',
  'paste.none': 'không tìm thấy mã bài làm nào (mã bài làm bắt đầu bằng {tag})',
  'paste.unreadable': 'không đọc được nội dung đã dán',
  replaced: 'đã được thay bằng mã mới hơn cùng biệt danh ở dòng {line}',
})
