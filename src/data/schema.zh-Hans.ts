import { translation } from '@/i18n/catalogue'
import type { schemaWords } from './schema.en'

// "{years}: " keeps its ASCII colon and space: user-cases.ts reads the years back from it.
export default translation<typeof schemaWords>('data.schema', {
  'must-be.one': '必须是 {value}',
  'must-be.many': '必须是 {head} 或 {last}',
  'rationale.short': 'rationale 过短，不足以解释编码',
  'rationale.long': 'rationale 必须在一行之内（200 个字符）',
  'rationale.lines': 'rationale 只能有一行',
  'sources.none': '每个时段至少需要一个来源编号',
  'code.bad': '必须是三个字母的代码，例如 VNM',
  'pair-id.bad': '格式必须类似 VNM-RUS',
  'version.bad': '必须是 YEAR.MONTH 格式的版本，例如 2026.12',
  'span.backwards': '{years}: 时段的结束早于开始',
  'gap.year': '{years}: 没有时段覆盖这一年',
  'gap.years': '{years}: 没有时段覆盖这些年份',
  overlap: '{years}: 时段相互重叠或顺序有误',
  within: '时段必须在 {span} 之内',
  'within.state': '时段必须在 {span} 之内，即该国家存在的年份',
  'within.pair': '时段必须在 {span} 之内，即两个国家都存在的年份',
  'dataset.years': 'lastYear {last} 早于 firstYear {first}',
  twice: '重复列出',
  'source.unknown': '未知的来源编号“{id}”',
  'lifespan.bad': '必须是 {first}–{last} 之内连续的年份',
  'names.gap': '没有名称覆盖这一年',
  'dyad.id': 'id 必须是“{id}”（a-b）',
  'dyad.self': '一个国家不能与自己结盟',
  'dyad.unknown-state': '未知国家 {id}',
  'dyad.never': '这两个国家从未在同一年份同时存在',
  'threat.adversary': '“{value}”威胁必须写明共同对手',
})
