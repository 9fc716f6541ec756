import { translation } from '@/i18n/catalogue'
import type { glossaryWords } from './glossary.en'

export default translation<typeof glossaryWords>('ui.glossary', {
  'history.term': 'lịch sử',
  'history.definition':
    'Các liên minh như đã được ghi nhận, theo định nghĩa liên minh chọn trong phần cài đặt. Chỉ dữ liệu ghi nhận mới là lịch sử; những gì mô hình dự đoán từ đó là đường cơ sở.',
  'dyad-year.term': 'cặp – năm',
  'dyad-year.definition':
    'Một cặp quốc gia trong một năm, chẳng hạn Trung Quốc – Triều Tiên năm 1975. Mô hình đưa ra một dự đoán cho mỗi cặp – năm, và mọi con số đều đếm theo đơn vị này.',
  'baseline.term': 'đường cơ sở',
  'baseline.definition':
    'Mô hình chạy trên lịch sử: cùng quy tắc và cài đặt, chạy trên các mã hóa đã ghi nhận, không có thay đổi nào của kịch bản. Các con số của một kịch bản được đặt cạnh đường cơ sở để so sánh.',
  'shared-threat.term': 'mối đe dọa chung',
  'shared-threat.definition':
    'Điều kiện thứ nhất trong hai điều kiện: cả hai quốc gia cùng đối mặt với một đối thủ, và hai nước không phải là đối thủ của nhau.',
  'shared-ideology.term': 'cùng hệ tư tưởng',
  'shared-ideology.definition':
    'Điều kiện thứ hai: cả hai quốc gia đều do một đảng cộng sản cầm quyền. Theo cách hiểu chặt, hai đảng đó còn phải không có rạn nứt công khai.',
  'party-rift.term': 'rạn nứt giữa hai đảng',
  'party-rift.definition':
    'Sự bất đồng công khai về học thuyết hay quyền lãnh đạo giữa hai đảng cộng sản cầm quyền, như giữa Bắc Kinh và Mátxcơva từ năm 1960 đến năm 1988.',
  'contested.term': 'còn tranh cãi',
  'contested.definition':
    'Một mã hóa về mối đe dọa mà các nguồn không thống nhất. Một tùy chọn cài đặt quyết định những năm như vậy có được tính là có mối đe dọa chung hay không.',
  'exit-lag.term': 'độ trễ rút khỏi liên minh',
  'exit-lag.definition':
    'Với quy tắc có độ trễ, số năm mô hình vẫn dự đoán có liên minh sau khi một trong hai điều kiện không còn được thỏa mãn.',
  'out-of-sample.term': 'ngoài mẫu',
  'out-of-sample.definition':
    'Những trường hợp mà lý thuyết không dựa vào khi được xây dựng. Bài viết đã chọn mười một cặp của mình; thư viện bổ sung các cặp gồm những nhà nước cộng sản khác, để xem quy tắc có còn đúng ngoài các cặp đó không.',
  'did-not-exist.term': 'không tồn tại',
  'did-not-exist.definition':
    'Một năm mà một trong hai quốc gia không phải là một quốc gia (Nam Tư sau năm 1992). Đó không phải là một năm không có liên minh: mô hình không đánh giá năm đó và các chỉ số không tính đến nó.',
  'hit.term': 'dự đoán trúng',
  'hit.definition': 'Mô hình dự đoán có liên minh, và lịch sử có liên minh trong năm đó.',
  'miss.term': 'bỏ sót',
  'miss.definition': 'Lịch sử có liên minh trong năm đó, nhưng mô hình không dự đoán có liên minh.',
  'false-alarm.term': 'báo động giả',
  'false-alarm.definition': 'Mô hình dự đoán có một liên minh mà lịch sử không có trong năm đó.',
  'correct-rejection.term': 'loại trừ đúng',
  'correct-rejection.definition':
    'Mô hình dự đoán không có liên minh, và lịch sử cũng không có liên minh nào trong năm đó.',
  'accuracy.term': 'tỉ lệ đúng',
  'accuracy.definition':
    'Tỉ lệ các cặp – năm được chấm điểm mà mô hình dự đoán đúng: số dự đoán trúng cộng số loại trừ đúng, trên tổng số cặp – năm.',
  'precision.term': 'độ chuẩn xác',
  'precision.definition':
    'Trong các cặp – năm mà mô hình dự đoán có liên minh, tỉ lệ những cặp – năm mà lịch sử có liên minh. Nhiều báo động giả làm chỉ số này thấp.',
  'recall.term': 'độ bao phủ',
  'recall.definition':
    'Trong các cặp – năm mà lịch sử có liên minh, tỉ lệ những cặp – năm được mô hình dự đoán. Nhiều trường hợp bỏ sót làm chỉ số này thấp.',
  'treaty-series.term': 'chuỗi dữ liệu hiệp ước',
  'treaty-series.definition':
    'Hai định nghĩa liên minh rút ra từ văn bản hiệp ước: treaty_any tính mọi hiệp ước song phương có điều khoản về an ninh, tham vấn hoặc hỗ trợ; treaty_defense chỉ tính lời hứa giúp đỡ nếu bên kia bị tấn công.',
  'cow.term': 'COW',
  'cow.definition':
    'Dự án Tương quan Chiến tranh (Correlates of War), một dự án nghiên cứu lâu năm. Dữ liệu Liên minh chính thức của dự án (phiên bản 4.1) liệt kê các liên minh đã ký theo loại, từ hiệp ước phòng thủ đến hiệp thương, cho đến năm 2012.',
  'atop.term': 'ATOP',
  'atop.definition':
    'Bộ dữ liệu Nghĩa vụ và Điều khoản của Hiệp ước Liên minh (Alliance Treaty Obligations and Provisions, phiên bản 5.1), ghi lại những gì mỗi liên minh ràng buộc các thành viên: phòng thủ, không xâm phạm lẫn nhau hay tham vấn. Dữ liệu kéo dài đến năm 2018.',
  'percent-agreement.term': 'mức độ đồng thuận',
  'percent-agreement.definition':
    'Với một trường hợp, tỉ lệ các cặp học sinh đưa ra cùng một câu trả lời. “Chưa chắc” được tính là không trả lời, nên hai học sinh cùng chưa chắc không được coi là đồng thuận.',
  'alpha.term': 'hệ số alpha của Krippendorff',
  'alpha.definition':
    'Mức độ đồng thuận trên tất cả các trường hợp, đã hiệu chỉnh theo mức đồng thuận có thể có do ngẫu nhiên: 1 là hoàn toàn đồng thuận, 0 là không hơn ngẫu nhiên, dưới 0 là tệ hơn ngẫu nhiên. Các nhà nghiên cứu thường muốn ít nhất 0,8, hoặc 0,67 cho những kết luận tạm thời.',
})
