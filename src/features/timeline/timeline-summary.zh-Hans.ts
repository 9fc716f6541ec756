import { translation } from '@/i18n/catalogue'
import type { timelineSummaryWords } from './timeline-summary.en'

export default translation<typeof timelineSummaryWords>('timeline.summary', {
  agrees: '在{share}的国家对-年中，模型与历史记录一致。',
  'agrees.baseline': '在{share}的国家对-年中，模型与历史记录一致；基线为{baseline}。',
  'as-text': '时间线的文字版',
  pair: '<b>{pair}</b>：历史记录中结盟的年份为{history}{notes}；基于历史记录的模型为{baseline}；基于情景的模型为{scenario}{differs}。',
  'pair.no-data': '（{years}无数据）',
  'pair.absent': '（{states}在{years}不存在）',
  'pair.differs': '；情景的预测在{years}与历史记录不同',
  'divergence.none': '该情景没有改变任何预测：所有预测都与基线相同。',
  divergence:
    '现在有{n, plural, other {{count}个国家对-年}}的预测与基线不同；首个分歧：{pair}，{year}年。',
})
