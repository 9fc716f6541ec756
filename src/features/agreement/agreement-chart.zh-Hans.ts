import { translation } from '@/i18n/catalogue'
import type { agreementChartWords } from './agreement-chart.en'

export default translation<typeof agreementChartWords>('agreement.chart', {
  title: '每年与历史记录的一致程度',
  subtitle: '预测的同盟与{series}一致的国家对所占比例。',
  baseline: '基于历史记录的模型（基线）',
  scenario: '基于情景的模型',
  'tooltip.year': '{year}年',
  text: '从{from}年到{to}年，平均每年模型与历史记录一致的国家对占{scenario}%。{drop, select, yes {降幅最大的是{year}年：从{before}%降至{after}%。} other {}}',
  'text.changed':
    '从{from}年到{to}年，在该情景下，平均每年模型与历史记录一致的国家对占{scenario}%，基线为{baseline}%。{drop, select, yes {降幅最大的是{year}年：从{before}%降至{after}%。} other {}}',
})
