import { defineMessages } from '@/i18n/catalogue'

/** The embed code of a view, for a learning platform. */
export const embedCodeWords = defineMessages('share.embed-code', {
  'iframe-title': 'Alliance Counterfactual Explorer',
  label: 'Embed code',
  help: 'Paste it into an HTML or embed block of your learning platform (Moodle, Canvas, Google Sites…): the page then shows this exact view of the explorer.',
  copy: 'Copy embed code',
  copied: 'Embed code copied.',
  'not-copied': 'The code could not be copied here: select it above and copy it.',
})
