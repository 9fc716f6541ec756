import { translation } from '@/i18n/catalogue'
import type { yearStripWords } from './year-strip.en'

export default translation<typeof yearStripWords>('history-editor.year-strip', {
  'threat.yes': '有共同威胁',
  'threat.no': '无共同威胁',
  'threat.contested': '共同威胁有争议',
  slider: '{label}，按年份',
  value: '{year}：{value}',
  'value.changed': '{year}：{value}（已改动；历史记录：{history}）',
  decade: '{decade}',
  help: '方向键选择年份；空格键切换该年的值；按住 Shift 再按方向键可设定一个时段。',
})
