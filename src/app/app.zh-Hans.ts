import { translation } from '@/i18n/catalogue'
import type { appWords } from './app.en'

export default translation<typeof appWords>('app.app', {
  title: '同盟反事实探索',
  theory:
    'Khang Vu 的理论：像中国和越南这样由共产党执政的国家，只与<b>既</b>面临共同威胁、<b>又</b>有相同意识形态的国家结盟。',
  skip: '跳到“{step}”步骤',
  main: '“{step}”步骤',
  loading: '正在加载…',
  'panel.share': '分享和保存按钮',
  'panel.handout': '讲义',
})
