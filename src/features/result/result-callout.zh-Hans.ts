import { translation } from '@/i18n/catalogue'
import type { resultCalloutWords } from './result-callout.en'

export default translation<typeof resultCalloutWords>('result.result-callout', {
  heading: '结果',
  rest: '基于历史记录的模型在 <b>{accuracy}</b> 的国家对-年上与历史相符。点击一个“假如……？”按钮即可改变历史，观察预测如何变化。',
  unchanged:
    '这一情景没有改变任何预测：模型在 <b>{accuracy}</b> 的国家对-年上与历史相符，与基于历史记录时相同。',
  'pair.label': '{sentence}在时间线上查看。',
  figures:
    '{n, plural, other {{count} 个国家对-年}}相对基线发生变化；准确率 <b>{accuracy}</b>，基线 {baseline}。',
  'figures.pairs':
    '{pairs} 对国家中共有{n, plural, other {{count} 个国家对-年}}相对基线发生变化；准确率 <b>{accuracy}</b>，基线 {baseline}。',
})
