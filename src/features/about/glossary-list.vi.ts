import { translation } from '@/i18n/catalogue'
import type { glossaryListWords } from './glossary-list.en'

export default translation<typeof glossaryListWords>('about.glossary-list', {
  heading: 'Bảng thuật ngữ',
  'sides.heading': 'Những tên gọi mang lập trường',
  'sides.intro':
    'Hà Nội và Bắc Kinh gọi tên một số sự kiện, địa danh và chính quyền theo cách thể hiện lập trường của mình. Ứng dụng dùng một thuật ngữ trung lập trong mỗi ngôn ngữ; bảng này đặt cách gọi của mỗi bên bên cạnh thuật ngữ đó. Phần ghi chú là hồ sơ về các lựa chọn của chúng tôi và được giữ nguyên bằng tiếng Anh.',
  'sides.show': 'Bảng các tên gọi còn tranh cãi ({n, number})',
  'sides.caption':
    'Các tên gọi còn tranh cãi: thuật ngữ trung lập dùng ở đây và cách gọi của mỗi bên',
  'sides.neutral': 'Thuật ngữ trung lập',
  'sides.vietnamese': 'Cách gọi của Việt Nam',
  'sides.prc': 'Cách gọi của CHND Trung Hoa',
  'sides.glossed': '<t>{term}</t> ({gloss})',
  'sides.note': 'Ghi chú',
})
