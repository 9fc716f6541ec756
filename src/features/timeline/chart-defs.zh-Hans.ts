import { translation } from '@/i18n/catalogue'
import type { chartDefsWords } from './chart-defs.en'

export default translation<typeof chartDefsWords>('timeline.chart-defs', {
  history: '历史记录（上方色带）',
  'history.short': '历史记录（上）',
  baseline: '基于历史记录的模型（下方色带）',
  'baseline.short': '基于历史记录的模型（中）',
  scenario: '基于情景的模型（下）',
  'off-history': '模型与历史记录不符',
  'off-history.short': '与历史记录不符',
  'off-baseline': '因情景而改变',
  'not-covered': '该序列无数据（不计分）',
  absent: '国家不存在（不计分）',
})
