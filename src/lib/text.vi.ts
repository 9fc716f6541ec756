import { translation } from '@/i18n/catalogue'
import type { textWords } from './text.en'

export default translation<typeof textWords>('lib.text', {
  more: '{n, plural, other {và {count} vấn đề khác}}',
})
