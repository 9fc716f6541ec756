import { translation } from '@/i18n/catalogue'
import type { qrButtonWords } from './qr-button.en'

export default translation<typeof qrButtonWords>('share.qr-button', {
  show: 'Hiện mã QR',
  'this-view': 'màn hình này',
})
