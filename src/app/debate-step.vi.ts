import { translation } from '@/i18n/catalogue'
import type { debateStepWords } from './debate-step.en'

export default translation<typeof debateStepWords>('app.debate-step', {
  'panel.lens': 'góc nhìn tranh luận',
  'panel.coding': 'phần mã hóa các trường hợp còn tranh cãi',
  'panel.class': 'kết quả của lớp',
})
