import { defineMessages } from '@/i18n/catalogue'

/** The notices the page's start-up gives (src/main.tsx). */
export const mainWords = defineMessages('app.main-words', {
  'generated-dataset':
    'This page shows a generated benchmark dataset (?dataset=generated), not history. Nothing you do here is saved; open the page without "?dataset=generated" for the real data.',
  'not-loaded':
    'Part of the explorer did not load, so your work is not being saved in this browser. Reload the page when the connection is back; until then, use "Save scenario" or "Copy link" to keep it.',
})
