import { translation } from '@/i18n/catalogue'
import type { panelBoundaryWords } from './panel-boundary.en'

export default translation<typeof panelBoundaryWords>('ui.panel-boundary', {
  failed: '{name}出错了（{message}）。探索工具的其余部分仍可使用，你的更改也会保留。',
  retry: '重试',
})
