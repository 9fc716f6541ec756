import { translation } from '@/i18n/catalogue'
import type { languageMenuWords } from './language-words.en'

export default translation<typeof languageMenuWords>('language.menu', {
  label: 'Ngôn ngữ',
})
