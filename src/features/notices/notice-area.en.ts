import { defineMessages } from '@/i18n/catalogue'

/** The notices' own button. */
export const noticeAreaWords = defineMessages('notices.notice-area', {
  dismiss: 'Dismiss',
})
