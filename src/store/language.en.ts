import { defineMessages } from '@/i18n/catalogue'

export const languageWords = defineMessages('store.language', {
  'user-case-mark': '(your case)',
  'language-failed':
    'The {language} words could not be loaded, so the page stays in its language. Check the connection and choose the language again.',
})
