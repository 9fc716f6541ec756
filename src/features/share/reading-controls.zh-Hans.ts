import { translation } from '@/i18n/catalogue'
import type { readingControlsWords } from './reading-controls.en'

export default translation<typeof readingControlsWords>('share.reading-controls', {
  size: '字号',
  'size.1': '标准',
  'size.1.2': '较大',
  'size.1.4': '最大',
  spacing: '加宽间距',
})
