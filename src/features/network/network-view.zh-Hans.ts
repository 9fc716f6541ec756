import { translation } from '@/i18n/catalogue'
import type { networkViewWords } from './network-view.en'

export default translation<typeof networkViewWords>('network.view', {
  title: '{year}年的同盟网络',
  play: '播放',
  pause: '暂停',
  year: '网络年份',
  'line.history': '历史记录',
  'line.baseline': '基于历史记录的模型（基线）',
  'line.scenario': '基于情景的模型',
  differs: '情景与历史记录不同',
  alliance: '同盟',
  'no-alliance': '无同盟',
  edge: '{pair}，{year}年：历史记录为{history}，基线为{baseline}，情景为{scenario}{differs, select, yes {（情景与历史记录不同）} other {}}。在时间线和表格中显示这对国家。',
  'mark.communist': '共',
  'mark.other': '非',
  none: '无',
  separator: '、',
  text: '节点代表国家：在该情景下由共产党执政的国家为实心并标“共”，其他国家为空心并标“非”；共产党执政的国家排在前面，从顶部起按顺时针排列。{gone, select, yes {未绘出：{absent}，因为{year}年不存在。} other {}}{year}年，历史记录中有同盟的是{history}；模型基于历史记录预测为{baseline}，在该情景下预测为{scenario}。{adds, select, yes {该情景增加了{gained}。} other {}}{lacks, select, yes {该情景缺少{lost}。} other {}}',
  hint: '选择一条连线（点击，或用 Tab 键移到连线上再按 Enter），即可在时间线和<a>表格</a>中查看这对国家。',
})
