import { translation } from '@/i18n/catalogue'
import type { networkViewWords } from './network-view.en'

export default translation<typeof networkViewWords>('network.view', {
  title: 'Mạng lưới liên minh năm {year}',
  play: 'Phát',
  pause: 'Tạm dừng',
  year: 'Năm của mạng lưới',
  'line.history': 'Lịch sử',
  'line.baseline': 'Mô hình trên lịch sử (đường cơ sở)',
  'line.scenario': 'Mô hình trên kịch bản',
  differs: 'Kịch bản khác với lịch sử',
  alliance: 'có liên minh',
  'no-alliance': 'không có liên minh',
  edge: '{pair} năm {year}: lịch sử {history}, đường cơ sở {baseline}, kịch bản {scenario}{differs, select, yes { (kịch bản khác với lịch sử)} other {}}. Xem cặp này trên dòng thời gian và trong bảng.',
  'mark.communist': 'C',
  'mark.other': 'K',
  none: 'không có',
  separator: ', ',
  text: 'Các nút là các quốc gia: tô đặc và có chữ C khi là nhà nước cộng sản theo kịch bản, để trống và có chữ K khi không phải; các nước cộng sản được xếp trước, theo chiều kim đồng hồ từ trên xuống.{gone, select, yes { Không vẽ: {absent}, vì không tồn tại vào năm {year}.} other {}} Năm {year}, lịch sử có liên minh giữa {history}; mô hình dự đoán {baseline} trên lịch sử và {scenario} theo kịch bản.{adds, select, yes { Kịch bản thêm {gained}.} other {}}{lacks, select, yes { Kịch bản thiếu {lost}.} other {}}',
  hint: 'Chọn một cạnh (bấm chuột, hoặc dùng phím Tab để đến đó rồi nhấn Enter) để xem cặp đó trên dòng thời gian và trong <a>bảng</a>.',
})
