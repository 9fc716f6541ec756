import { translation } from '@/i18n/catalogue'
import type { lessonPanelWords } from './lesson-panel.en'

export default translation<typeof lessonPanelWords>('lesson.lesson-panel', {
  'key.allied':
    'với các thiết lập hiện tại, mô hình dự đoán {pair} có liên minh trong {years} (vậy đáp án là “{choice}”).',
  'key.none':
    'với các thiết lập hiện tại, mô hình dự đoán {pair} không có liên minh trong {from}–{to} (vậy đáp án là “{choice}”).',
  'exercise-title': '{n}. {title}',
  copied: 'Đã sao chép.',
  embed: 'Nhúng vào nền tảng học tập',
  'hand-out': 'Phát bài học',
  'too-long':
    'Bài học này quá dài để gửi bằng liên kết ({length} ký tự; một liên kết chứa tối đa {max}). Hãy lưu thành tệp và chia sẻ tệp đó: học sinh mở bằng “Mở kịch bản”.',
  'student.label': 'Liên kết cho học sinh',
  'student.copy': 'Sao chép liên kết cho học sinh',
  'student.qr': 'Hiện mã QR của liên kết cho học sinh',
  'student.what': 'liên kết cho học sinh',
  'student.hint': 'Dành cho cả lớp: các bước và câu hỏi, không kèm ghi chú của bạn hay đáp án.',
  'teacher.label': 'Liên kết cho giáo viên',
  'teacher.copy': 'Sao chép liên kết cho giáo viên',
  'teacher.qr': 'Hiện mã QR của liên kết cho giáo viên',
  'teacher.what': 'liên kết cho giáo viên',
  'teacher.hint':
    'Hãy giữ cho riêng bạn: liên kết này mở ghi chú của bạn, đáp án và Kết quả của lớp cho bài học này.',
  'save.student': 'Lưu tệp cho học sinh',
  'save.teacher': 'Lưu tệp cho giáo viên',
  'step.tools': 'Bước {n}: {name}',
  'move-up': 'Lên trên',
  'move-down': 'Xuống dưới',
  remove: 'Bỏ bước này',
  'add.label': 'Thêm một trường hợp còn tranh cãi để mã hóa',
  'add.button': 'Thêm trường hợp',
  heading: 'Bài học: {title}',
  'role.teacher': 'Chế độ giáo viên',
  'role.student': 'Chế độ học sinh',
  unfold: 'Hiện bài học',
  fold: 'Thu gọn bài học',
  'teacher.intro':
    'Bài học của bạn, từng bước một. Học sinh nhận các bước mà không có ghi chú của bạn hay đáp án; hãy thêm bài tập bằng “Tạo bài tập” ở cột bên, và thêm các trường hợp ở đây.',
  title: 'Tên bài học',
  'student.intro':
    'Làm lần lượt từng bước: dự đoán trước khi xem đáp án, mã hóa từng trường hợp kèm lý do, rồi nộp mã bài làm của bạn.',
  empty: 'Chưa có bước nào.',
  steps: 'Các bước của bài học',
  closed: 'Đã đóng bài học “{title}”.',
  reopen: 'Mở lại',
  close: 'Đóng bài học',
})
