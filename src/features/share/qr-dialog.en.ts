import { defineMessages } from '@/i18n/catalogue'

/** "Show QR" and its full-screen dialog. */
export const qrDialogWords = defineMessages('share.qr-dialog', {
  'code-label': 'QR code that opens {what}: the link written below it',
  'too-long':
    'This link is too long for a QR code: it takes {bytes, number} bytes and a QR code holds at most {max, number}. Share it as a file instead: “Save scenario” saves this view as a file that opens with “Open scenario”.',
  preparing: 'Preparing the QR code…',
  failed:
    'The QR code could not be prepared: this device has not downloaded that part of the explorer yet and the network cannot be reached. The link below still works; try again when you are online.',
  heading: 'Scan to open {what}',
  copy: 'Copy link',
  close: 'Close',
  copied: 'Link copied.',
  'not-copied': 'The link could not be copied here: select it above and copy it.',
})
