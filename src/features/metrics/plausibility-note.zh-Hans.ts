import { translation } from '@/i18n/catalogue'
import type { plausibilityNoteWords } from './plausibility-note.en'

export default translation<typeof plausibilityNoteWords>('metrics.plausibility-note', {
  communist: '{name}为共产党执政',
  'non-communist': '{name}为非共产党执政',
  'threat.yes': '有共同威胁',
  'threat.no': '无共同威胁',
  'threat.contested': '威胁有争议',
  combination: '{a}，{b}，{threat}',
  'combination.rift': '{a}，{b}，{threat}，且存在党际分裂',
  states: '{n, plural, other {# 个国家}}',
  pairs: '{n, plural, other {# 个国家对}}',
  separator: '，',
  label: '与历史的距离',
  distance: '与历史的距离：自 {year} 年起，改动了{n, plural, other { # 个已编码单元格}}。',
  'distance.parts':
    '与历史的距离：自 {year} 年起，改动了{n, plural, other { # 个已编码单元格}}（{parts}）。',
  note: '<b>注意：</b>此情景组合了历史数据中从未同时出现过的编码，因此模型的推理超出了历史所能检验的范围：',
  unseen: '{pair}，{years}：{combination}',
  more: '另有 {n} 个',
})
