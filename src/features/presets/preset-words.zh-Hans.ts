import { translation } from '@/i18n/catalogue'
import type { presetWords } from './preset-words.en'

export default translation<typeof presetWords>('presets.preset-words', {
  heading: '假如……？',
  'more.summary': '原文案例之外（{n, number}）',
  hint: '按下一个或多个按钮来改变历史；再按一次即可撤回。将指针移到某个按钮上，或用 Tab 键选中它，即可阅读它提出的问题。',
  reset: '恢复为历史',
  'count.none': '正在显示按编码记录的历史。',
  'count.changed': '与历史相比，已改动 {n, plural, other {# 个单元格}}。',
})
