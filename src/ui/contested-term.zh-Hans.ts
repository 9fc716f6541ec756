import { translation } from '@/i18n/catalogue'
import type { contestedTermWords } from './contested-term.en'

export default translation<typeof contestedTermWords>('ui.contested-term', {
  'side.vietnamese': '越南的叫法',
  'side.prc': '中华人民共和国的叫法',
  usage: '{side}：<t>{term}</t>',
  'usage.glossed': '{side}：<t>{term}</t>（{gloss}）',
})
