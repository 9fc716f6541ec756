import { translation } from '@/i18n/catalogue'
import type { noticeAreaWords } from './notice-area.en'

export default translation<typeof noticeAreaWords>('notices.notice-area', {
  dismiss: '关闭',
})
