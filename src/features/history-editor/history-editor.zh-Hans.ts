import { translation } from '@/i18n/catalogue'
import type { historyEditorWords } from './history-editor.en'

export default translation<typeof historyEditorWords>('history-editor.history-editor', {
  heading: '改写历史',
  hint: '每个格子代表一年（{first}–{last}）。点击或按空格键切换该年的值；按住 Shift 点击、按 Shift 加方向键或拖动鼠标可设定一个时段。实心格子表示共产党执政、存在共同威胁或党际分裂；半实心格子表示有争议；圆点标出你改动过的格子。',
  loading: '正在加载年份格子…',
  regimes: '政权',
  pair: '查看威胁与分裂的国家对：',
  'strip.threat': '{pair}：共同威胁',
  'strip.rift': '{pair}：党际分裂',
})
