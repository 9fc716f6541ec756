import { translation } from '@/i18n/catalogue'
import type { sharePanelWords } from './share-panel.en'

export default translation<typeof sharePanelWords>('share.share-panel', {
  offline: 'Tải về để dùng ngoại tuyến',
  heading: 'Hoàn tác, chia sẻ và lưu',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  more: 'Thêm',
  'copy-link': 'Sao chép liên kết',
  'save-scenario': 'Lưu kịch bản',
  'open-scenario': 'Mở kịch bản',
  'file-input': 'Tệp kịch bản cần mở',
  'download-data': 'Tải dữ liệu (CSV)',
  'print-handout': 'In tài liệu phát tay',
  cite: 'Trích dẫn',
  'link.copied': 'Đã sao chép liên kết. Liên kết mở đúng màn hình hiện tại:',
  'link.copy': 'Hãy sao chép liên kết này; liên kết mở đúng màn hình hiện tại:',
  embed: 'Nhúng',
  'embed.region': 'Nhúng vào nền tảng học tập',
  'embed.loading': 'Đang tải mã nhúng…',
  'embed.close': 'Đóng mã nhúng',
  'cite.region': 'Trích dẫn',
  'cite.loading': 'Đang tải trích dẫn…',
  'cite.close': 'Đóng trích dẫn',
  'error.too-large':
    'Không mở “{name}”: tệp nặng {size} MB, lớn hơn mọi kịch bản mà công cụ này lưu (tối đa {max} MB). Công việc hiện tại của bạn không thay đổi.',
  'error.unreadable':
    'Không đọc được “{name}” ({message}). Công việc hiện tại của bạn không thay đổi.',
  'error.reader':
    'Không mở được “{name}”: phần đọc tệp của công cụ chưa tải được ({message}). Hãy kiểm tra kết nối rồi thử lại; công việc hiện tại của bạn không thay đổi.',
  'part.backups': 'Danh sách bản lưu được giữ',
  'part.citations': 'Phần trích dẫn',
  'part.embed': 'Mã nhúng',
})
