import { translation } from '@/i18n/catalogue'
import type { spanFormWords } from './span-form.en'

export default translation<typeof spanFormWords>('history-editor.span-form', {
  title: '设定一个时段',
  change: '改动对象',
  'option.regime': '{state}：政权',
  'option.threat': '{pair}：共同威胁',
  'option.rift': '{pair}：党际分裂',
  from: '从',
  to: '到',
  as: '设为',
  apply: '应用',
  done: '已将{who}{from}–{to}年设为：{value}。',
})
