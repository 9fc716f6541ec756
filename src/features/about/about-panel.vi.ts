import { translation } from '@/i18n/catalogue'
import type { aboutPanelWords } from './about-panel.en'

export default translation<typeof aboutPanelWords>('about.about-panel', {
  summary: 'Về lý thuyết và dữ liệu',
  loading: 'Đang tải…',
  'part.body': 'Phần Giới thiệu',
})
