import { translation } from '@/i18n/catalogue'
import type { readingControlsWords } from './reading-controls.en'

export default translation<typeof readingControlsWords>('share.reading-controls', {
  size: 'Cỡ chữ',
  'size.1': 'Chuẩn',
  'size.1.2': 'Lớn hơn',
  'size.1.4': 'Lớn nhất',
  spacing: 'Giãn cách rộng hơn',
})
