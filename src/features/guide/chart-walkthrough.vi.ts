import { translation } from '@/i18n/catalogue'
import type { chartWalkthroughWords } from './chart-walkthrough.en'

export default translation<typeof chartWalkthroughWords>('guide.chart-walkthrough', {
  button: 'Cách đọc biểu đồ này',
  title: 'Cách đọc biểu đồ này',
  row: 'Các con số trên hàng <b>{label}</b> ứng với các ghi chú bên dưới.',
  history:
    '<b>Lịch sử</b> (dải trên cùng, màu đậm liền): những năm cặp này là đồng minh theo ghi nhận, ở đây là {runs}.',
  model:
    '<b>Mô hình trên dữ liệu lịch sử</b>, tức đường cơ sở (dải thứ hai, màu xanh lam): những năm quy tắc dự đoán có liên minh dựa trên các mã hóa đã ghi nhận, ở đây là {runs}. Chỗ nào hai dải tách nhau, mô hình đã bỏ sót một liên minh hoặc dự đoán một liên minh không hề có.',
  'scenario.moved':
    '<b>Mô hình trên kịch bản</b> (dải thứ ba, sọc cam): chỉ được vẽ ở những cặp mà kịch bản của bạn làm thay đổi dự đoán; ở đây là {runs}.',
  'scenario.none':
    '<b>Mô hình trên kịch bản</b> (dải thứ ba, sọc cam): dải này chỉ xuất hiện dưới một cặp khi có kịch bản làm thay đổi dự đoán của cặp đó. Hãy thử một kịch bản mẫu để xem.',
  marks:
    '<b>Dấu hiệu chênh lệch</b>: một hình tam giác và các năm bên cạnh đoạn mà dự đoán của kịch bản rời khỏi đường cơ sở{moved, select, yes { (ở đây là {runs})} other {}}, và vùng tô hồng dọc theo hàng ở những chỗ mô hình khác với lịch sử. {atRest, select, yes {Ở trạng thái ban đầu, cả hai đều không được vẽ: chúng xuất hiện khi có kịch bản hoặc khi một thiết lập được thay đổi.} other {Chúng chỉ xuất hiện khi có kịch bản hoặc khi một thiết lập được thay đổi.}}',
  close: 'Đóng hướng dẫn',
})
