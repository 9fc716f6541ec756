import { translation } from '@/i18n/catalogue'
import type { debateLensWords } from './debate-lens.en'

export default translation<typeof debateLensWords>('debate.lens', {
  heading: 'Cuộc tranh luận Vu – Lân',
  intro:
    'Ngô Di Lân phản biện bài viết rằng mọi thứ phụ thuộc vào việc thế nào được tính là liên minh. Hãy chọn một cách hiểu và xem kết luận về nhận định “Trung Quốc và Việt Nam có chính sách liên minh tương tự nhau” thay đổi ra sao. Cách hiểu bạn chọn sẽ trở thành định nghĩa liên minh cho toàn bộ ứng dụng.',
  'vu.name': 'Cách mã hóa của Vu',
  'vu.explain': 'các liên minh mà bài viết nêu ra, dù có hiệp ước hay không',
  'lan.name': 'Cách đọc của Lân',
  'lan.explain': 'chỉ những hiệp ước buộc một bên phải hành động nếu bên kia bị tấn công',
  'cow.explain': 'dữ liệu liên minh của Dự án Tương quan Chiến tranh, đến năm 2012',
  'atop.explain': 'dữ liệu Nghĩa vụ và Điều khoản của Hiệp ước Liên minh, đến năm 2018',
  'mine.name': 'Cách đọc của tôi',
  'mine.explain': 'mã của bạn cho {n} trên {total} trường hợp; cách mã hóa của Vu cho phần còn lại',
  'own-reason': 'Lý do của bạn: {reason}',
  readings: 'Cách hiểu về liên minh',
  'side-by-side': 'Các cách hiểu đặt cạnh nhau',
  caption: 'Các liên minh mỗi nước duy trì, {range}, theo từng cách hiểu',
  'column.explain': '({explain})',
  allies: '<b>{n}</b> {n, plural, other {đồng minh}}',
  none: 'không có',
  'ally.years': '({years})',
  similar: 'Chính sách tương tự?',
  'model-agrees': 'Mô hình hai tiêu chí khớp',
  'no-year': 'không có năm nào được tính điểm',
  'agrees-in': 'ở {share} số cặp – năm',
  'open.none': 'Cách đọc của tôi dùng mã của bạn cho mọi trường hợp.',
  open: 'Còn để ngỏ trong Cách đọc của tôi ({n}), nơi cách mã hóa của Vu được giữ nguyên: {items}. <a>Hãy mã hóa chúng ở bên dưới</a>.',
  'open.separator': '; ',
  reconstructed:
    'Lập luận của Lân được dựng lại. Chỉ đọc được những đoạn mở đầu của bài phản biện của ông và bài phúc đáp của Vu, nên “Cách đọc của Lân” áp dụng tiêu chí ông nêu ở đó (hiệp ước phải buộc một bên giúp đỡ nếu bên kia bị tấn công) vào văn bản các hiệp ước, và tính Điều 6 của hiệp ước Việt Nam – Liên Xô năm 1978 như ông được cho là đã làm.',
  'read-articles': 'Đọc các bài viết:',
  'article.rebuttal': 'Bài phản biện của Lân',
  'article.reply': 'Bài phúc đáp của Vu',
  differ: 'Những chỗ hai cách hiểu khác nhau, {range} ({n})',
  'differ.where': '{pair}, {years}',
  'differ.item':
    '<b>{where}</b>. Vu: {vu, select, yes {có liên minh} other {không có liên minh}}: <en>{vuReason}</en> Lân: {lan, select, yes {có liên minh} other {không có liên minh}}: <en>{lanReason}</en>',
  'english-note': 'Các lý do trích từ ghi chú mã hóa của dữ liệu được giữ bằng tiếng Anh.',
  notice:
    'Định nghĩa liên minh đã thay đổi cho toàn bộ ứng dụng: dòng thời gian, bảng và các chỉ số giờ đánh giá mô hình theo {name} ({explain}). Để quay lại, hãy bấm “{back}” hoặc chọn định nghĩa trong Cài đặt mô hình.',
  'notice.back': 'Quay lại {back}',
  'verdict.nothing': 'Không thể đánh giá cho {range}: cả hai nước đều không có đồng minh.',
  'verdict.falls-apart':
    'Nhận định không đứng vững cho {range}: {without} hoàn toàn không có đồng minh, trong khi {with} có {n}.',
  'verdict.weaker.apart':
    'Nhận định yếu hơn cho {range}: cả hai đều có đồng minh, nhưng số lượng khác nhau rõ rệt ({a} {na}, {b} {nb}).',
  'verdict.weaker.close':
    'Nhận định yếu hơn cho {range}: số lượng gần nhau ({a} {na}, {b} {nb}), nhưng chỉ {still} còn đồng minh vào năm {year} ({allies}).',
  'verdict.holds.each':
    'Nhận định đứng vững cho {range}: {a} có {na, plural, other {# đồng minh}} và {b} có {nb}, và mỗi nước vẫn còn một đồng minh vào năm {year} ({alliesA}; {alliesB}).',
  'verdict.holds.neither':
    'Nhận định đứng vững cho {range}: {a} có {na, plural, other {# đồng minh}} và {b} có {nb}, và không nước nào còn đồng minh vào năm {year}.',
})
