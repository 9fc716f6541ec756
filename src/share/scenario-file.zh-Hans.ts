import { translation } from '@/i18n/catalogue'
import type { scenarioFileWords } from './scenario-file.en'

export default translation<typeof scenarioFileWords>('share.scenario-file', {
  issue: '{where}：{message}',
  'where.file': '文件',
  'where.change': '{path}（{id}{years}）',
  'change.unknown-state': '{where}：未知国家“{id}”（{layer}，{years}）',
  'change.unknown-pair': '{where}：未知的国家对“{id}”（{layer}，{years}）',
  'change.backwards': '{where}（{id}）：时段 {from}–{to} 的结束早于开始',
  'change.outside': '{where}（{id}，{layer}）：年份 {years} 超出了 {first}–{last}',
  'lesson.no-item': '课程第 {step} 步：没有名为“{item}”的编码条目',
  'lesson.where': '课程第 {step} 步（“{title}”）',
  'lesson.unknown-pair': '{where}：未知的国家对“{id}”',
  'lesson.outside': '{where}：年份 {from}–{to} 超出了 {first}–{last}',
  'lesson.change': '{where}，改动',
  'undo.log-length': '{field}.logLength：比已保存的记录更长',
  'view.years': 'view：年份范围 {from}–{to} 不在 {first}–{last} 之内',
  'view.hidden': 'view.hiddenDyads：未知的国家对“{id}”',
  'view.focus': 'view.focus：未知的国家对或年份“{id}”，{year}',
  'view.table': 'view.table.dyad：未知的国家对“{id}”',
  'head.too-big':
    '该文件大小为 {mb} MB，超过了探索工具保存的任何情景（最多 {max} MB），因此未被读取',
  'head.not-json': '该文件不是 JSON 文件（{error}）',
  'head.no-object': '该文件不是情景文件：其中没有 JSON 对象',
  'head.format': '该文件不是探索工具的情景文件（其“format”应为“{format}”）',
  'head.no-version': '该文件没有格式版本（此版本读取的是版本 {version}）',
  'head.bad-version': '该文件的格式版本（{found}）无法识别；此版本读取的是版本 {version}',
  'head.newer': '该文件由更新版本的探索工具保存（版本 {found}）；此版本读取的是版本 {version}',
  'head.too-many':
    '该文件包含 {n, number} 项改动，超过了探索工具保存的任何情景（最多 {max, number} 项，含撤销历史），因此未被读取',
  'cases.bad': 'cases：{problem}',
  'cases.not-valid': '无效',
  'salvage.more': 'changes：另有 {n} 项改动无法读取',
  'salvage.unknown-field': '{field}：不属于情景文件的内容',
})
