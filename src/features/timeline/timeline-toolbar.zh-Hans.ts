import { translation } from '@/i18n/catalogue'
import type { timelineToolbarWords } from './timeline-toolbar.en'

export default translation<typeof timelineToolbarWords>('timeline.toolbar', {
  from: '从',
  to: '至',
  'all-years': '全部年份',
  'pairs-shown': '显示的国家对（{n}/{total}）',
  'pairs-shown.legend': '时间线上显示的国家对',
  'show-all': '全部显示',
  find: '查找国家对',
  state: '国家',
  'all-states': '全部国家',
  search: '查找一对国家',
  'search.placeholder': '例如：阿尔巴尼亚',
  'search.clear': '清除搜索',
  compact: '紧凑行',
  matching: '{total}对国家中有{n}对符合。',
  'matching.folded': '{total}对国家中有{n}对符合（部分可能在已折叠的组中）。',
})
