import { translation } from '@/i18n/catalogue'
import type { logWords } from './log-words.en'

export default translation<typeof logWords>('store.log-words', {
  'change.regime':
    '{state}：{regime, select, communist {共产党执政} other {非共产党执政}}（{years}）',
  'change.threat':
    '{pair}：{threat, select, yes {有共同威胁} no {无共同威胁} other {威胁有争议}}（{years}）',
  'change.rift': '{pair}：{rift, select, true {党际分裂} other {无党际分裂}}（{years}）',
  'as-in-history': '{change}（与历史相同）',
  'preset.applied': '已应用{preset}',
  'preset.applied-instead': '已应用{preset}，取代{others}',
  'preset.removed': '已移除{preset}',
  'preset.quoted': '“{title}”',
  and: '{a}和{b}',
  reset: '恢复为历史',
  together: '{a}；{b}',
  'no-description': '（无描述的步骤）',
  'setting.cases': '显示的案例：{scope}',
  'setting.rule': '规则：{rule}',
  'setting.lag': '退出滞后：{n, plural, other {# 年}}',
  'setting.ideology': '相同意识形态：{reading}',
  'setting.contested': '有争议的威胁：{reading}',
  'setting.history': '同盟定义：{history}',
})
