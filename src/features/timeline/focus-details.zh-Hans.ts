import { translation } from '@/i18n/catalogue'
import type { focusDetailsWords } from './focus-details.en'

export default translation<typeof focusDetailsWords>('timeline.focus-details', {
  prompt: '指向时间线，或按 Tab 键移到某一行再用方向键，即可查看某一年的编码。',
  heading: '{pair}，{year}年',
  absent: '{year}年<b>{states}不存在</b>：{explained}。',
  alliance: '同盟',
  'no-alliance': '无同盟',
  'not-covered': '数据未覆盖',
  models:
    '历史记录（{series}）：<b>{history}</b> · 基线模型：<b>{baseline}</b> · 情景：<b>{scenario}</b>（{outcome}：{explained}）',
  'models.lag':
    '历史记录（{series}）：<b>{history}</b> · 基线模型：<b>{baseline}</b> · 情景：<b>{scenario}</b>（{outcome}：{explained}）。{lag}',
  'lag.both': '预测的同盟仅因{lag}年的退出滞后而保留（两项标准最后一次同时满足是在{last}年）。',
  'lag.baseline':
    '基线预测的同盟仅因{lag}年的退出滞后而保留（两项标准最后一次同时满足是在{last}年）。',
  'lag.scenario':
    '情景预测的同盟仅因{lag}年的退出滞后而保留（两项标准最后一次同时满足是在{last}年）。',
  codings:
    '{a}：{regimeA}；{b}：{regimeB}。共同威胁：{threat}{adversary}。党际分裂：{rift, select, yes {是} no {否} other {不适用（只有两个执政共产党之间才计算党际分裂）}}。{changed, select, yes {已被情景改变。} other {}}',
  adversary: '（<en>{name}</en>）',
  'adversary.counterfactual': '（反事实）',
  'threat-coding':
    '威胁编码：<en>{rationale}</en> <sources/> 可信度：{confidence}。{contested, select, yes {有争议：<en>{note}</en>} other {}}',
  'alliance-coding':
    '同盟编码：<en>{rationale}</en> <sources/> 可信度：{confidence}。{contested, select, yes {有争议：<en>{note}</en>} other {}}',
  'english-note': '编码说明和来源标题与原始数据一致，保留英文。',
})
