import { translation } from '@/i18n/catalogue'
import type { userCasesWords } from './user-cases.en'

export default translation<typeof userCasesWords>('share.user-cases', {
  'max.sources': '最多 {max} 个来源',
  'max.states': '最多 {max} 个自己添加的国家',
  'max.pairs': '最多 {max} 个自己添加的国家对',
  'too-many-spans': '有 {n} 个时段和名称，超过了一个案例最多可包含的 {max} 个',
  'record.source': '来源',
  'record.state': '国家',
  'record.pair': '国家对',
  'record.other': '记录',
  'no-id': '（无 id）',
  'the-cases': '案例',
  row: '第 {row} 行',
  'row.what': '第 {row} 行（{what}）',
  problem: '{where}：{problem}',
  'unknown-fields': '{n, plural, other {未知字段 {fields}}}',
  missing: '缺失',
  empty: '为空',
  'built-in.source':
    '{where}：内置数据已引用了使用此 id 的来源，而内置的历史记录从不改动。请给你的来源另取一个 id（你也可以直接引用 {id}，无需列出它）。',
  'built-in.state':
    '{where}：{id} 是内置国家，而内置的历史记录从不改动。请给你的国家另取一个 id，或添加一个把 {id} 与你自己的国家相连的国家对。',
  'built-in.pair':
    '{where}：内置数据中已有这一国家对，而内置的历史记录从不改动。请直接在探索工具中更改它的编码，或添加另一个国家对。',
  'built-in.pair-as':
    '{where}：内置数据中已有这一国家对（即 {known}），而内置的历史记录从不改动。请直接在探索工具中更改它的编码，或添加另一个国家对。',
  more: '……另有 {n} 个问题',
  'csv.unknown-column': '第 1 行：未知列“{column}”（可用的列为 {columns}）',
  'csv.column-twice': '第 1 行：列“{column}”出现了两次',
  'csv.column-no-name': '第 1 行：第 {i} 列没有列名，但下面的行填写了该列',
  'csv.column-missing': '第 1 行：缺少列“{column}”',
  'csv.more-cells': '第 {row} 行：单元格数多于列数',
  'csv.id-empty': 'id 为空',
  'csv.record': 'record 必须是 source、state 或 pair',
  'csv.field-source': 'field 必须是 title',
  'csv.field-state': 'field 必须是 short、name 或 regime',
  'csv.field-pair': 'field 必须是以下之一：{fields}',
  'csv.stray': '{n, plural, other {{record} {field} 行不使用 {columns}，填写的内容会丢失：请留空}}',
  'csv.years': 'from 和 to 必须是年份，例如 1961 和 1975',
  'csv.source-twice': '此来源重复列出',
  'csv.short-twice': '该国家有两行 short',
  'csv.yes-no': 'value 必须是 yes 或 no',
  'json.not-json': '该文件不是 JSON 文件（{error}）。',
  'json.no-object': '该文件中没有 JSON 对象，因此不包含任何案例。',
  'json.format': '该文件不是案例文件：其“format”应为“{format}”。',
  'json.format-scenario':
    '该文件不是案例文件：其“format”应为“{format}”。这是一个情景文件：请改用“打开情景”来打开它。',
  'json.newer':
    '该文件是为更新版本的探索工具编写的（版本 {version}）；此版本读取的是版本 {current}。',
  'json.version': '该文件的“version”应为 {current}。',
  'file.too-long':
    '该文件有 {n, number} 个字符，超过了案例文件最多可容纳的 {max, number} 个，因此未被读取。',
  'file.empty': '该文件为空。',
  'file.nothing': '该文件没有添加任何国家或国家对。',
  'file.unreadable': '无法读取该文件（{error}）。',
})
