import { translation } from '@/i18n/catalogue'
import type { linkWords } from './link.en'

export default translation<typeof linkWords>('share.link', {
  'too-long':
    'liên kết dài {kb} kB, dài hơn mọi liên kết mà trang khám phá tạo ra (tối đa {max} kB), nên không được đọc',
  'part.not-text': 'phần "{key}" không phải văn bản hợp lệ nên đã bị bỏ qua',
  'part.unknown': 'phiên bản này không biết phần "{key}" nên đã bỏ qua nó',
  'part.twice': 'phần "{key}" xuất hiện hai lần; đã dùng lần đầu tiên',
  'version.missing': 'liên kết không ghi phiên bản định dạng (v=1); đã đọc như phiên bản 1',
  'version.unknown':
    'phiên bản định dạng "v={v}" của liên kết không xác định; đã đọc như phiên bản 1',
  'version.newer':
    'liên kết được tạo bởi một phiên bản mới hơn của trang khám phá (định dạng {version}); chỉ những phần mà phiên bản này (định dạng {current}) hiểu được mới được đọc',
  'data-version.bad':
    '"d={d}" không phải một phiên bản dữ liệu (chẳng hạn {example}); liên kết được đọc như được tạo trên dữ liệu cũ hơn',
  'layer.regime': 'chế độ',
  'layer.threat': 'mối đe dọa',
  'layer.rift': 'rạn nứt giữa hai đảng',
  'change.form': 'thay đổi về {layer} "{group}" không theo dạng ID:RUNS nên đã bị bỏ qua',
  'change.unknown-state': 'liên kết nêu một quốc gia không xác định "{id}" ({layer}); đã bỏ qua',
  'change.unknown-pair': 'liên kết nêu một cặp không xác định "{id}" ({layer}); đã bỏ qua',
  'run.bad':
    '{id} {layer}: "{run}" không phải một giá trị kèm một năm hoặc một giai đoạn; đã bỏ qua',
  'run.backwards': '{id} {layer}: giai đoạn {from}–{to} kết thúc trước khi bắt đầu; đã bỏ qua',
  'run.outside': '{id} {layer}: các năm {years} nằm ngoài {first}–{last}; đã bỏ qua',
  'run.unreadable': '{id} {layer}: không đọc được "{run}"; đã bỏ qua',
  'setting.bad': '"{key}={value}" không hợp lệ (giá trị hợp lệ: {valid}); đã giữ giá trị mặc định',
  'setting.lag': 'một số nguyên từ 0 đến {max}',
  'page.bad': '"{key}={value}" không hợp lệ (giá trị hợp lệ: {valid}); đã bỏ qua',
  'years.bad':
    '"years={value}" không phải một giai đoạn trong khoảng {first}–{last}; đang hiển thị tất cả các năm',
  'hide.unknown': '"hide" nêu một cặp không xác định "{id}"; đã bỏ qua',
  'focus.bad': '"focus={value}" không phải một cặp và một năm đã biết; đã bỏ qua',
  'pair.unknown': '"pair" nêu một cặp không xác định "{id}"; đã bỏ qua',
  'out.bad':
    '"out={value}" có kết quả khác với {valid}, hoặc có kết quả lặp lại; những kết quả đó đã bị bỏ qua',
  'view.bad': 'không đọc được phần hiển thị của liên kết; đang hiển thị tất cả các năm và các cặp',
  more: '{n, plural, other {và {count} vấn đề khác}}',
})
