import { translation } from '@/i18n/catalogue'
import type { checkStepWords } from './check-step.en'

export default translation<typeof checkStepWords>('app.check-step', {
  'panel.metrics': '评估指标',
  'panel.agreement': '吻合度图表',
  'panel.fit': '样本内与样本外的拟合',
  'panel.table': '数据表',
  'panel.user-cases': '你自己的案例',
})
