import { translation } from '@/i18n/catalogue'
import type { citePanelWords } from './cite-panel.en'

export default translation<typeof citePanelWords>('share.cite-panel', {
  heading: '引用',
  hint: '引用本工具时请注明你所用的数据版本，并引用其所检验理论出自的原文。',
  style: '引用格式',
  'label.explorer': '本工具，数据版本 {version}',
  'label.essay': '所检验的原文',
  copy: '复制',
  'copy-label.explorer': '复制本工具的引用',
  'copy-label.essay': '复制原文的引用',
  'copied.explorer': '已复制本工具的引用（{style}）。',
  'copied.essay': '已复制原文的引用（{style}）。',
  'selected.explorer':
    '此处无法使用剪贴板，因此已选中本工具的引用（{style}）：请按 Ctrl+C（Mac 上按 Cmd+C）复制。',
  'selected.essay':
    '此处无法使用剪贴板，因此已选中原文的引用（{style}）：请按 Ctrl+C（Mac 上按 Cmd+C）复制。',
  'in-english': '引用按原出版信息保留英文。',
})
