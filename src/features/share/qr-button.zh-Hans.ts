import { translation } from '@/i18n/catalogue'
import type { qrButtonWords } from './qr-button.en'

export default translation<typeof qrButtonWords>('share.qr-button', {
  show: '显示二维码',
  'this-view': '当前视图',
})
