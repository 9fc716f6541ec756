import { translation } from '@/i18n/catalogue'
import type { aboutPanelWords } from './about-panel.en'

export default translation<typeof aboutPanelWords>('about.about-panel', {
  summary: '关于理论与数据',
  loading: '正在加载…',
  'part.body': '“关于”说明',
})
