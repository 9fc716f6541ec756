import { translation } from '@/i18n/catalogue'
import type { stepWords } from './steps.en'

export default translation<typeof stepWords>('app.steps', {
  nav: '课程步骤',
  'explore.title': '探索',
  'explore.hint': '改变历史，观察预测的变化',
  'debate.title': '辩论',
  'debate.hint': '按照 Vu、Lan 和各数据集的编码解读案例',
  'check.title': '检验',
  'check.hint': '模型的拟合程度，逐年、逐行查看',
  'part.debate': '“辩论”步骤',
  'part.check': '“检验”步骤',
})
