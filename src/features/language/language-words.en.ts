import { defineMessages } from '@/i18n/catalogue'

export const languageMenuWords = defineMessages('language.menu', {
  label: 'Language',
})
