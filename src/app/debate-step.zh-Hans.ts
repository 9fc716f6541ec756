import { translation } from '@/i18n/catalogue'
import type { debateStepWords } from './debate-step.en'

export default translation<typeof debateStepWords>('app.debate-step', {
  'panel.lens': '辩论视角',
  'panel.coding': '争议案例的编码',
  'panel.class': '全班结果',
})
