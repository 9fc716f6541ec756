import { translation } from '@/i18n/catalogue'
import type { contestedTermWords } from './contested-term.en'

export default translation<typeof contestedTermWords>('ui.contested-term', {
  'side.vietnamese': 'Cách gọi của Việt Nam',
  'side.prc': 'Cách gọi của CHND Trung Hoa',
  usage: '{side}: <t>{term}</t>',
  'usage.glossed': '{side}: <t>{term}</t> ({gloss})',
})
