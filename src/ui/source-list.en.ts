import { defineMessages } from '@/i18n/catalogue'

/** A source with no link, as screen readers hear it: its title (kept in English) and that it has no link. */
export const sourceListWords = defineMessages('ui.source-list', {
  'no-link': '(<title/>; no link)',
})
