import { translation } from '@/i18n/catalogue'
import type { handoutWords } from './handout.en'

export default translation<typeof handoutWords>('handout.handout', {
  label: 'Phiếu học tập để in',
  'argument.heading': 'Tóm tắt lập luận',
  'argument.point': '<b>{short}</b>: {brief}',
  'scenario.heading': 'Kịch bản',
  'scenario.none': 'Lịch sử như đã mã hóa: không có thay đổi.',
  'scenario.more': 'và {n} thay đổi khác',
  'steps.heading': 'Các bước đã thực hiện',
  'steps.heading-last': 'Các bước đã thực hiện ({shown} bước cuối trong số {n})',
  'step.why': '{text} (lý do: {why})',
  'fit.heading': 'Mô hình khớp đến đâu',
  'fit.accuracy': 'Tỉ lệ đúng {accuracy}',
  'fit.accuracy-baseline': 'Tỉ lệ đúng {accuracy}, đường cơ sở {baseline}',
  'fit.count-baseline': '{count}, đường cơ sở {baseline}',
  'fit.separator': '; ',
  'fit.figures': ' {accuracy}; {counts}. ',
  'exercises.heading': 'Bài tập',
  'exercises.heading-some': 'Bài tập ({shown} trong số {n})',
  'exercise.predicted': '{question} Dự đoán: {prediction}.',
  'exercise.predicted-reason': '{question} Dự đoán: {prediction} ({reason}).',
  'exercise.after': ' Sau khi xem đáp án: {prediction}.',
  'exercise.explanation': ' Giải thích: {explanation}',
  'prediction.yes': 'có',
  'prediction.no': 'không',
  'prediction.unsure': 'chưa chắc',
  'answers.heading': 'Câu trả lời của em',
  'question.expect': 'Trước khi xem: em đã dự đoán mô hình sẽ cho kết quả gì, và vì sao?',
  'question.changed': 'Biểu đồ đã thay đổi những gì? Hãy nêu các cặp quốc gia và các năm.',
  'question.support':
    'Kết quả này củng cố hay làm suy yếu nhận định rằng cần cả hai tiêu chí? Hãy giải thích.',
})
