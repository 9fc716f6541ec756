import { translation } from '@/i18n/catalogue'
import type { lessonLinkWords } from './lesson-link.en'

export default translation<typeof lessonLinkWords>('share.lesson-link', {
  'too-long':
    'liên kết dài {kb} kB, dài hơn mọi liên kết mà trang khám phá tạo ra (tối đa {max} kB), nên không được đọc',
  'part.twice': 'phần "{key}" xuất hiện hai lần',
  'part.unknown': 'liên kết bài học không có phần "{key}"',
  'as.bad': '"as={value}" không phải teacher hay student',
  'form.bad':
    'bài học trong liên kết không theo dạng VERSION.TEXT; có phải liên kết đã bị cắt mất một đoạn?',
  newer:
    'bài học được tạo bởi một phiên bản mới hơn của trang khám phá (định dạng bài học {version}); phiên bản này đọc định dạng {current}',
  'version.unknown': 'định dạng bài học {version} không xác định',
  damaged: 'bài học trong liên kết bị hỏng (liên kết đã bị cắt mất một đoạn hoặc bị sửa đổi)',
  'does-not-fit': 'bài học không hợp lệ: {message}',
  'does-not-fit-at': 'bài học không hợp lệ tại {path}: {message}',
})
