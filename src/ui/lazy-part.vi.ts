import { translation } from '@/i18n/catalogue'
import type { lazyPartWords } from './lazy-part.en'

export default translation<typeof lazyPartWords>('ui.lazy-part', {
  unavailable:
    '{what} không tải được: có lẽ công cụ khám phá đã được cập nhật sau khi bạn mở trang này, hoặc mạng đang mất kết nối. Hãy tải lại trang để thử lại; công việc của bạn vẫn được giữ nguyên.',
})
