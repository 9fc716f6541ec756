import { translation } from '@/i18n/catalogue'
import type { checkStepWords } from './check-step.en'

export default translation<typeof checkStepWords>('app.check-step', {
  'panel.metrics': 'các chỉ số',
  'panel.agreement': 'biểu đồ mức độ khớp',
  'panel.fit': 'mức độ khớp trong mẫu và ngoài mẫu',
  'panel.table': 'bảng dữ liệu',
  'panel.user-cases': 'các trường hợp của riêng bạn',
})
