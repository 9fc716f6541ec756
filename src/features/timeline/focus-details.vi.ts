import { translation } from '@/i18n/catalogue'
import type { focusDetailsWords } from './focus-details.en'

export default translation<typeof focusDetailsWords>('timeline.focus-details', {
  prompt:
    'Trỏ vào dòng thời gian, hoặc dùng phím Tab để đến một dòng rồi dùng các phím mũi tên, để xem cách mã hóa của một năm.',
  heading: '{pair}, {year}',
  absent: '<b>{states} không tồn tại</b> vào năm {year}: {explained}.',
  alliance: 'có liên minh',
  'no-alliance': 'không có liên minh',
  'not-covered': 'ngoài phạm vi dữ liệu',
  models:
    'Lịch sử ({series}): <b>{history}</b> · Mô hình đường cơ sở: <b>{baseline}</b> · Kịch bản: <b>{scenario}</b> ({outcome}: {explained})',
  'models.lag':
    'Lịch sử ({series}): <b>{history}</b> · Mô hình đường cơ sở: <b>{baseline}</b> · Kịch bản: <b>{scenario}</b> ({outcome}: {explained}). {lag}',
  'lag.both':
    'Liên minh được dự đoán chỉ còn nhờ độ trễ rút khỏi liên minh {lag} năm (cả hai tiêu chí thỏa mãn lần cuối vào năm {last}).',
  'lag.baseline':
    'Liên minh mà đường cơ sở dự đoán chỉ còn nhờ độ trễ rút khỏi liên minh {lag} năm (cả hai tiêu chí thỏa mãn lần cuối vào năm {last}).',
  'lag.scenario':
    'Liên minh mà kịch bản dự đoán chỉ còn nhờ độ trễ rút khỏi liên minh {lag} năm (cả hai tiêu chí thỏa mãn lần cuối vào năm {last}).',
  codings:
    '{a}: {regimeA}; {b}: {regimeB}. Mối đe dọa chung: {threat}{adversary}. Rạn nứt giữa hai đảng: {rift, select, yes {có} no {không} other {không áp dụng (rạn nứt chỉ được tính giữa hai đảng cộng sản cầm quyền)}}.{changed, select, yes { Đã bị kịch bản thay đổi.} other {}}',
  adversary: ' (<en>{name}</en>)',
  'adversary.counterfactual': ' (giả định phản thực tế)',
  'threat-coding':
    'Mã hóa mối đe dọa: <en>{rationale}</en> <sources/> Mức độ tin cậy: {confidence}.{contested, select, yes { Còn tranh cãi: <en>{note}</en>} other {}}',
  'alliance-coding':
    'Mã hóa liên minh: <en>{rationale}</en> <sources/> Mức độ tin cậy: {confidence}.{contested, select, yes { Còn tranh cãi: <en>{note}</en>} other {}}',
  'english-note':
    'Các ghi chú mã hóa và tên các nguồn được giữ bằng tiếng Anh, như trong dữ liệu gốc.',
})
