import { translation } from '@/i18n/catalogue'
import type { exerciseWords } from './exercise-words.en'

export default translation<typeof exerciseWords>('exercises.exercise-words', {
  heading: 'Bài tập: dự đoán rồi quan sát',
  hint: 'Hãy đưa ra dự đoán trước; khi xem câu trả lời, kịch bản phản thực tế sẽ được áp dụng. Câu trả lời được lưu trong trình duyệt này, trong các tệp kịch bản đã lưu và trên phiếu học tập in ra.',
  'prediction.legend': '1. Dự đoán của bạn, trước khi xem',
  'reason.label': 'Vì sao bạn nghĩ vậy?',
  reveal: '2. Xem câu trả lời của mô hình',
  'reveal.why': 'Hãy chọn một dự đoán trước.',
  answer:
    '<b>2. Câu trả lời của mô hình:</b> <result/>{agree, select, yes { Kết quả này khớp với dự đoán của bạn.} no { Kết quả này khác với dự đoán của bạn.} other {}}',
  result:
    '{allied, select, yes {Mô hình dự đoán có liên minh giữa {pair} vào các năm {predicted}} other {Mô hình dự đoán không có liên minh giữa {pair} trong giai đoạn {span}}}{baseline, select, same {} none {, đường cơ sở: không có} other {, đường cơ sở: {before}}}; {recorded, select, yes {lịch sử ghi nhận liên minh vào các năm {history}} other {lịch sử không ghi nhận liên minh nào trong những năm đó}}.',
  'after.legend': '3. Giờ bạn nghĩ sao?',
  'explain.label': '4. Giải thích điều bạn thấy',
  'teacher.summary': 'Ghi chú cho giáo viên',
  'teacher.key': 'Đáp án:',
})
