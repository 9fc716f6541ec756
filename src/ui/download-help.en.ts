import { defineMessages } from '@/i18n/catalogue'

/** The download help shown when the explorer is embedded in another site. */
export const downloadHelpWords = defineMessages('ui.download-help', {
  text: 'Embedded in another site, downloads may be blocked. To download, <link>open the explorer in a new tab</link>.',
})
