import { translation } from '@/i18n/catalogue'
import type { makeExerciseWords } from './make-exercise.en'

export default translation<typeof makeExerciseWords>('lesson.make-exercise', {
  'choice.yes': 'Lựa chọn “có liên minh”',
  'choice.no': 'Lựa chọn “không có liên minh”',
  'choice.unsure': 'Lựa chọn “chưa chắc”',
  'default.yes': 'Có, có liên minh',
  'default.no': 'Không có liên minh',
  'default.unsure': 'Chưa chắc',
  question:
    'Theo kịch bản này, mô hình có dự đoán {pair} có liên minh trong giai đoạn {from}–{to} không?',
  'default-title': 'Bài tập {n}',
  'problem.question': 'Hãy viết câu hỏi trước.',
  'problem.years': 'Các năm phải là số năm nguyên, từ {first} đến {last}.',
  'problem.order': 'Năm kết thúc đang đứng trước năm bắt đầu.',
  added: 'Đã thêm “{title}” vào bài học của bạn. Bài tập nằm ở đầu trang này.',
  heading: 'Tạo bài tập từ màn hình này',
  intro:
    'Dành cho giáo viên: các thay đổi trên màn hình trở thành một câu hỏi để học sinh dự đoán trước khi mô hình đưa ra đáp án. Bài tập và các mục mã hóa tạo nên một bài học mà bạn phát cho lớp bằng một liên kết.',
  'no-changes':
    'Hãy thay đổi lịch sử trước (bằng một kịch bản mẫu hoặc trình chỉnh sửa), rồi tạo bài tập.',
  'too-many':
    'Kịch bản này có {n} thay đổi; một bài tập chứa tối đa {max}. Hãy tạo một kịch bản nhỏ hơn trước.',
  full: 'Bài học của bạn đã có {n} bước, số bước tối đa của một bài học.',
  start: 'Tạo bài tập',
  applies:
    'Bài tập áp dụng {n, plural, other {# thay đổi}} trên màn hình khi học sinh xem đáp án; mô hình tự tính đáp án, nên liên kết cho học sinh không mang theo đáp án nào.',
  'field.title': 'Tiêu đề',
  'field.question': 'Câu hỏi',
  'field.pair': 'Cặp',
  'field.from': 'Từ năm',
  'field.to': 'Đến năm',
  choices: 'Ba lựa chọn, theo cách diễn đạt của bạn',
  explanation: 'Lời giải thích hiện kèm đáp án',
  notes: 'Ghi chú của giáo viên (không bao giờ có trong liên kết cho học sinh)',
  add: 'Thêm vào bài học',
  cancel: 'Hủy',
})
