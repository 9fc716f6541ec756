import { translation } from '@/i18n/catalogue'
import type { fitSentenceWords } from './fit-sentence.en'

export default translation<typeof fitSentenceWords>('metrics.fit-sentence', {
  points: '{n} điểm phần trăm',
  trivial:
    'Mô hình đúng ở {accuracy}{compared, select, yes { (đường cơ sở {baseline})} other {}} số cặp – năm được chấm điểm: {vsNo, select, better {cao hơn} other {thấp hơn}} {points} so với luôn dự đoán không có liên minh ({alwaysNo}), {vsLast, select, better {và cao hơn {lastPoints}} other {nhưng thấp hơn {lastPoints}}} so với giả định mỗi năm lặp lại năm trước ({sameAsLastYear}).',
  moments:
    'Mô hình bắt được {onsets, number} trên {onsetsTotal, number} lần liên minh bắt đầu và {ends, number} trên {endsTotal, number} lần kết thúc trong phạm vi ±{tolerance} năm{compared, select, yes { (đường cơ sở {baseOnsets, number} và {baseEnds, number})} other {}}, và dự đoán {invented, plural, other {# lần bắt đầu hoặc kết thúc}} mà lịch sử không có{compared, select, yes { (đường cơ sở {baseInvented, number})} other {}}.',
  uncovered: '{n, number} cặp – năm bị loại ra: {series} không có dữ liệu.',
  'uncovered.after': '{n, number} cặp – năm bị loại ra: {series} không có dữ liệu sau năm {year}.',
})
