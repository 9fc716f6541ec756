import { defineMessages } from '@/i18n/catalogue'

/** The "About the theory and data" disclosure around the About text. */
export const aboutPanelWords = defineMessages('about.about-panel', {
  summary: 'About the theory and data',
  loading: 'Loading…',
  'part.body': 'The About text',
})
