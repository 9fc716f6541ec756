import { defineMessages } from '@/i18n/catalogue'

/** The button that opens the QR dialog (its dialog's words load with it). */
export const qrButtonWords = defineMessages('share.qr-button', {
  show: 'Show QR',
  'this-view': 'this view',
})
