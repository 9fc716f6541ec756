import { translation } from '@/i18n/catalogue'
import type { aboutBodyWords } from './about-body.en'

export default translation<typeof aboutBodyWords>('about.about-body', {
  'theory.heading': 'Lý thuyết',
  'theory.text':
    'Khang Vu (<cite>The Diplomat</cite>, tháng 5 năm 2021) lập luận rằng Trung Quốc và Việt Nam, với tư cách là những nhà nước do một đảng cộng sản duy nhất cầm quyền và có quân đội đặt dưới sự lãnh đạo của đảng, chỉ kết đồng minh khi hai điều kiện cùng được thỏa mãn: đối tác phải đối mặt với cùng một kẻ thù (một <threat>mối đe dọa chung</threat>), và đối tác có cùng thể chế cầm quyền (<ideology>cùng hệ tư tưởng</ideology>). Chỉ có kẻ thù chung thì chưa đủ: quan hệ quân sự chặt chẽ với một đối thủ về hệ tư tưởng có thể làm lỏng sự kiểm soát của đảng đối với chính binh lính của mình.',
  'theory.read': ' <a>Đọc bài viết</a> (tiếng Anh).',
  'argument.heading': 'Lập luận của bài viết',
  'argument.see': 'Xem {pair}, {from}–{to}',
  'argument.see-pair': 'Xem {pair}',
  'model.heading': 'Mô hình hoạt động như thế nào',
  'model.ideology':
    '<b>Cùng hệ tư tưởng</b>, cách hiểu chặt: cả hai nước đều do một đảng cộng sản cầm quyền và hai đảng không có <rift>rạn nứt</rift> công khai (như giữa Bắc Kinh và Moskva trong 1960–88). Cách hiểu rộng: cả hai đều là nước cộng sản.',
  'model.threat':
    '<b>Mối đe dọa chung</b>: cả hai cùng đối mặt với một đối thủ và không phải là đối thủ của nhau. Khi điều đó chỉ đúng một phần hoặc còn bị tranh cãi, ô dữ liệu được mã hóa là <contested>còn tranh cãi</contested>, và một thiết lập sẽ quyết định cách tính.',
  'model.prediction':
    '<b>Dự đoán</b>: có liên minh khi cả hai tiêu chí đều thỏa mãn. Các quy tắc khác kiểm tra riêng từng tiêu chí, hoặc cho phép liên minh kéo dài thêm vài năm sau khi một tiêu chí không còn (<lag>độ trễ rút khỏi liên minh</lag>). Chạy trên các mã hóa đã ghi nhận, không có kịch bản nào, mô hình cho ra <baseline>đường cơ sở</baseline>, tức các số liệu để so sánh với một kịch bản.',
  'model.outcomes':
    'Mỗi cặp trong một năm (một <dyadyear>cặp – năm</dyadyear>) là một <hit>dự đoán trúng</hit>, một <miss>bỏ sót</miss>, một <falsealarm>báo động giả</falsealarm> hoặc một <rejection>loại trừ đúng</rejection>, so với định nghĩa liên minh đã chọn. <accuracy>Tỉ lệ đúng</accuracy>, <precision>độ chuẩn xác</precision> và <recall>độ bao phủ</recall> tổng hợp các kết quả này.',
  'alliance.heading': 'Thế nào là một liên minh',
  'alliance.text':
    'Cuộc tranh luận về bài viết xoay quanh câu hỏi này, nên ứng dụng đưa ra năm bản ghi <history>lịch sử</history>: bản của chính bài viết, hai <treaty>chuỗi dữ liệu hiệp ước</treaty>, và hai bộ dữ liệu, <cow>COW</cow> và <atop>ATOP</atop>.',
  'data.heading': 'Dữ liệu',
  'data.text':
    '{states, plural, other {# quốc gia}} và {pairs, plural, other {# cặp}}, {from}–{to}, được mã hóa theo từng giai đoạn nhiều năm. Mỗi giai đoạn kèm một lý do ngắn gọn do chúng tôi tự viết, các nguồn và mức độ tin cậy (cao, trung bình hoặc thấp). Khi các nguồn không thống nhất, ô dữ liệu được đánh dấu là còn tranh cãi và nêu cách đọc còn lại. Một hiệp ước hay một chế độ được tính cho một năm nếu nó tồn tại vào bất kỳ thời điểm nào trong năm đó. Có {sources, plural, other {# nguồn}} được trích dẫn; hãy trỏ vào một ô bất kỳ để xem nguồn của ô đó. Toàn bộ quy tắc mã hóa có trong hướng dẫn dữ liệu (docs/data.md) đi kèm mã nguồn.',
  'privacy.heading': 'Quyền riêng tư',
  'privacy.tracking':
    'Không cần tài khoản, không theo dõi, không thu thập số liệu phân tích: trang không tải gì từ các trang web khác và không gửi yêu cầu mạng nào trong khi bạn làm việc.',
  'privacy.leaves':
    'Không có gì rời khỏi trình duyệt này trừ khi bạn sao chép một liên kết, lưu một tệp, tải xuống biểu đồ hoặc dữ liệu, in tài liệu phát tay, hoặc nộp một mã bài làm (mã này chỉ chứa biệt danh bạn nhập, các mã hóa và dự đoán của bạn, cùng các lý do của bạn).',
  'privacy.kept':
    'Trình duyệt này lưu công việc hiện tại của bạn, công việc bạn đang làm trước khi mở một liên kết được chia sẻ hoặc công việc mà một thẻ khác đã cất đi, bản sao của những bài đã lưu mà nó không đọc được, và thiết lập máy chiếu, chỉ cho trang web này và cho đến khi bạn xóa chúng. Các tệp của ứng dụng cũng được lưu lại để ứng dụng mở được khi không có mạng.',
  'privacy.clear':
    'Để xóa tất cả, hãy xóa dữ liệu của trang web này trong phần cài đặt của trình duyệt; trên máy tính dùng chung, hãy dùng cửa sổ khách hoặc cửa sổ ẩn danh.',
})
