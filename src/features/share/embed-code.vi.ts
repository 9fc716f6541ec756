import { translation } from '@/i18n/catalogue'
import type { embedCodeWords } from './embed-code.en'

export default translation<typeof embedCodeWords>('share.embed-code', {
  'iframe-title': 'Khám phá liên minh phản thực tế',
  label: 'Mã nhúng',
  help: 'Dán mã này vào khối HTML hoặc khối nhúng trên nền tảng học tập của bạn (Moodle, Canvas, Google Sites…): trang đó sẽ hiện đúng màn hình này của công cụ.',
  copy: 'Sao chép mã nhúng',
  copied: 'Đã sao chép mã nhúng.',
  'not-copied': 'Không sao chép được mã ở đây: hãy chọn mã ở trên rồi sao chép.',
})
