import { translation } from '@/i18n/catalogue'
import type { languageWords } from './language.en'

export default translation<typeof languageWords>('store.language', {
  'user-case-mark': '(trường hợp của bạn)',
  'language-failed':
    'Không tải được phần chữ {language}, nên trang vẫn giữ ngôn ngữ hiện tại. Hãy kiểm tra kết nối rồi chọn lại ngôn ngữ.',
})
