import { translation } from '@/i18n/catalogue'
import type { timelineRowWords } from './timeline-row.en'

export default translation<typeof timelineRowWords>('timeline.row', {
  label: '{pair}：逐年的历史记录、基线和情景',
  alliance: '同盟',
  'no-alliance': '无同盟',
  'not-covered': '数据未覆盖',
  'value.at-rest': '{year}年：历史记录为{history}，基线为{baseline}',
  value: '{year}年：历史记录为{history}，基线为{baseline}，情景为{scenario}',
  'value.absent': '{year}年：{states}不存在，因此这对国家没有国家对-年',
  absent: '不存在',
})
