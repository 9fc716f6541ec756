import { translation } from '@/i18n/catalogue'
import type { lazyPartWords } from './lazy-part.en'

export default translation<typeof lazyPartWords>('ui.lazy-part', {
  unavailable:
    '{what}无法加载：可能是本页打开后探索工具已更新，或网络已断开。请重新加载页面再试；你的工作会保留。',
})
