import { translation } from '@/i18n/catalogue'
import type { userCasesWords } from './user-cases-panel.en'

export default translation<typeof userCasesWords>('user-cases.user-cases-panel', {
  heading: '你自己的案例',
  hint: '添加内置历史数据未收录的国家或国家对，编码方式相同：每个时段都要有取值、可信度、来源和一行理由。内置历史数据不会被改动；你的案例在各处都标有“{mark}”，并随你的情景一起保存。可从一个完整示例（苏联–埃塞俄比亚）开始：<csv>CSV 模板</csv>或<json>JSON 模板</json>。各列的说明见格式指南（<code>docs/formats.md</code>）。',
  open: '打开案例文件（CSV 或 JSON）',
  'file-label': '要打开的案例文件',
  paste: '或粘贴案例文件内容（CSV 或 JSON）',
  add: '添加粘贴的案例',
  'problems.file': '{name}未被添加，没有任何改动。请修正{n, plural, other {以下问题}}：',
  'problems.pasted': '粘贴的文本未被添加，没有任何改动。请修正{n, plural, other {以下问题}}：',
  'added.file': '已从{name}添加：{added}。',
  'added.pasted': '已从粘贴的文本添加：{added}。',
  'too-large': '该文件超过了案例文件的大小上限（{n, number} 个字符），因此未被读取。',
  unreadable: '无法读取该文件（{reason}）。',
  'not-fit': '这些案例与内置历史数据不相容。',
  none: '你还没有添加自己的案例。',
  list: '你的案例',
  state: '{name}：国家（{id}）',
  'state.with-pairs': '{name}：国家（{id}）；删除它也会删除你添加的包含它的国家对',
  pair: '{name}：国家对（{id}）',
  removed: '已删除{name}。',
  remove: '删除<name/>',
})
