import { translation } from '@/i18n/catalogue'
import type { predictionResultsWords } from './prediction-results.en'

export default translation<typeof predictionResultsWords>('class-results.prediction-results', {
  'answer.yes': 'Có',
  'answer.no': 'Không',
  'answer.unsure': 'Chưa chắc',
  'letter.yes': 'C',
  'letter.no': 'K',
  'letter.unsure': '?',
  'legend.yes': 'Có (C)',
  'legend.no': 'Không (K)',
  'legend.unsure': 'Chưa chắc (?)',
  'axis.before': '{n} trước',
  'axis.after': '{n} sau',
  spread: '{yes} có, {no} không, {unsure} chưa chắc',
  'changed.nobody-both': 'Chưa có học sinh nào trả lời cả trước lẫn sau khi xem đáp án.',
  changed: '{count} trên {of, plural, other {# học sinh}} đã đổi ý.',
  'changed.list': '{count} trên {of, plural, other {# học sinh}} đã đổi ý ({list}).',
  change: '{count} từ {from} sang {to}',
  separator: ', ',
  'hands.unknown':
    'Giơ tay không cho biết ai đã đổi ý, chỉ cho biết các câu trả lời đã dịch chuyển thế nào.',
  'hands.fewest':
    'Giơ tay không cho biết ai đã đổi ý; vì số tay giơ hai lần bằng nhau, ít nhất {n} em đã đổi ý.',
  title: 'Dự đoán trước và sau khi xem đáp án',
  'hint.codes':
    'Theo mã bài làm: dự đoán của từng học sinh trước khi xem đáp án và câu trả lời khi được hỏi lại sau đó. Biểu đồ đánh số các bài tập giống như bảng.',
  'hint.hands':
    'Trước khi mở đáp án một bài tập, hãy cho cả lớp giơ tay chọn có, không hoặc chưa chắc; sau đó hỏi lại như vậy. Giơ tay cho thấy các câu trả lời đã dịch chuyển thế nào, chứ không cho biết ai đổi ý. Biểu đồ đánh số các bài tập giống như bảng.',
  region: 'Số lượng theo từng bài tập',
  before: 'Trước khi xem đáp án',
  after: 'Sau khi xem đáp án',
  exercise: 'Bài tập',
  'changed.column': 'Đã đổi ý',
  'exercise.row': '{n}. {name}',
  'input.before.yes': '{name}: có, trước khi xem đáp án',
  'input.before.no': '{name}: không, trước khi xem đáp án',
  'input.before.unsure': '{name}: chưa chắc, trước khi xem đáp án',
  'input.after.yes': '{name}: có, sau khi xem đáp án',
  'input.after.no': '{name}: không, sau khi xem đáp án',
  'input.after.unsure': '{name}: chưa chắc, sau khi xem đáp án',
  'count-of': '{count} trên {of}',
  'in-words': 'Biểu đồ bằng lời',
  'words.after': '{n}. {name}: trước khi xem đáp án {before}; sau đó {after}. {changed}',
  'words.no-answers': '{n}. {name}: trước khi xem đáp án {before}; sau đó chưa có câu trả lời.',
  'words.not-counted': '{n}. {name}: trước khi xem đáp án {before}; sau đó chưa đếm.',
  none: 'Chưa đếm dự đoán nào.',
})
