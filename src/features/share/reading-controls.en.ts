import { defineMessages } from '@/i18n/catalogue'

/** Text size and spacing. */
export const readingControlsWords = defineMessages('share.reading-controls', {
  size: 'Text size',
  'size.1': 'Standard',
  'size.1.2': 'Larger',
  'size.1.4': 'Largest',
  spacing: 'Wider spacing',
})
