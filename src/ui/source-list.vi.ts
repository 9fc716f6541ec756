import { translation } from '@/i18n/catalogue'
import type { sourceListWords } from './source-list.en'

export default translation<typeof sourceListWords>('ui.source-list', {
  'no-link': '(<title/>; không có liên kết)',
})
