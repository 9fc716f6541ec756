import { translation } from '@/i18n/catalogue'
import type { logWords } from './log-words.en'

export default translation<typeof logWords>('store.log-words', {
  'change.regime':
    '{state}: {regime, select, communist {cộng sản} other {không cộng sản}} ({years})',
  'change.threat':
    '{pair}: {threat, select, yes {có mối đe dọa chung} no {không có mối đe dọa chung} other {mối đe dọa còn tranh cãi}} ({years})',
  'change.rift':
    '{pair}: {rift, select, true {có rạn nứt giữa hai đảng} other {không rạn nứt giữa hai đảng}} ({years})',
  'as-in-history': '{change} (như trong lịch sử)',
  'preset.applied': 'Đã áp dụng {preset}',
  'preset.applied-instead': 'Đã áp dụng {preset} thay cho {others}',
  'preset.removed': 'Đã bỏ {preset}',
  'preset.quoted': '“{title}”',
  and: '{a} và {b}',
  reset: 'Đưa về như lịch sử',
  together: '{a}; {b}',
  'no-description': '(một bước không có mô tả)',
  'setting.cases': 'Các trường hợp hiển thị: {scope}',
  'setting.rule': 'Quy tắc: {rule}',
  'setting.lag': 'Độ trễ rút khỏi liên minh: {n, plural, other {# năm}}',
  'setting.ideology': 'Cùng hệ tư tưởng: {reading}',
  'setting.contested': 'Mối đe dọa còn tranh cãi: {reading}',
  'setting.history': 'Định nghĩa liên minh: {history}',
})
