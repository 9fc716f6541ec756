import { translation } from '@/i18n/catalogue'
import type { metricsPanelWords } from './metrics-panel.en'

export default translation<typeof metricsPanelWords>('metrics.metrics-panel', {
  'show-only': '在表格中只显示{outcomes}',
  'cell.baseline': '，基线 {n, number}',
  'delta.term': '，<term>基线</term> {value}',
  delta: '，基线 {value}',
  heading: '模型与历史的吻合程度',
  accuracy: '准确率',
  precision: '精确率',
  recall: '召回率',
  'always-no': '始终预测“无同盟”',
  'same-as-last': '与上一年相同',
  moments:
    '同盟的建立与终止：在 ±{tolerance} 年内捕捉到 {total, number} 个中的 {caught, number} 个',
  'moments.baseline':
    '同盟的建立与终止：在 ±{tolerance} 年内捕捉到 {total, number} 个中的 {caught, number} 个（基线 {baseline, number}）',
  'moment.onset': '{pair}：同盟始于 {year} 年。',
  'moment.end': '{pair}：同盟终于 {year} 年（最后同盟年份）。',
  'moment.missed': '漏报：模型在该时间窗内没有预测到这样的变化。',
  'moment.same': '在同一年捕捉到。',
  'moment.caught': '捕捉到：模型将其定在 {year} 年。',
  caption:
    '基于 {n, number} 个<term>国家对-年</term>的混淆矩阵；点击单元格即可在表格中列出这些年份',
  'model.alliance': '模型：有同盟',
  'model.none': '模型：无同盟',
  'history.allied': '<term>历史记录</term>：有同盟',
  'history.not-allied': '历史记录：无同盟',
  outcome: '{label}：{explained}。',
  'per-pair': '各国家对的吻合度',
  'pair.baseline': '，基线 {value}',
})
