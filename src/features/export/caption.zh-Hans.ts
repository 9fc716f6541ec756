import { translation } from '@/i18n/catalogue'
import type { captionWords } from './caption.en'

export default translation<typeof captionWords>('export.caption', {
  'reading.all': '历史记录：{history}。模型：{rule}，{ideology}，{contested}。',
  'reading.security': '历史记录：{history}。模型：{rule}，{contested}。',
  'reading.ideology': '历史记录：{history}。模型：{rule}，{ideology}。',
  'rule.lag': '{rule}（{lag, plural, other {#年}}）',
  ideology: '意识形态：{reading}',
  'contested.shared': '有争议的威胁计为共同',
  'contested.not-shared': '有争议的威胁不计入',
  'no-changes': '按历史编码：无反事实改动。',
  change: '反事实：{change}',
  step: '{n}. {text}',
  'step.why': '{n}. {text}（理由：{why}）',
  credit:
    '来源：Khang Vu，“{essay}”，《外交家》（The Diplomat），2021年5月；本项目依据“战争相关因素”项目（COW）正式同盟数据 v4.1、ATOP v5.1、战略对抗与战争数据以及各单元格所引来源进行编码。由“同盟反事实探索”制作，数据版本 {version}。',
})
