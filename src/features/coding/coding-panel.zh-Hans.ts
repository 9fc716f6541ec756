import { translation } from '@/i18n/catalogue'
import type { codingPanelWords } from './coding-panel.en'

export default translation<typeof codingPanelWords>('coding.coding-panel', {
  heading: '亲自为有争议的案例编码',
  intro:
    '这场辩论的焦点在于什么才算同盟。请阅读每个案例的证据，作出回答并写下理由；然后再打开查看Vu、Lan和两个数据集的判断。你的回答构成上表中的<b>我的解读</b>。你未作答或标为“不确定”的案例，沿用Vu的编码。',
  progress: '已编码 {coded}/{total} 个案例。',
  'state.done': '✓ 已编码',
  'state.open': '未编码',
  'clause.caption': '{article}。{published}',
  'question.defence': '文本是否规定任何一方有义务保卫另一方？',
  'question.alliance': '是否算作同盟？',
  'question.threat': '这些年间两国是否面临共同威胁？',
  'question.end': '同盟最后一年仍然有效是哪一年？',
  'answer.yes': '是',
  'answer.no': '否',
  'answer.unsure': '不确定',
  reason: '你的理由',
  'decided.summary': 'Vu、Lan、COW和ATOP的判断',
  'authority.vu': 'Vu',
  'authority.lan': 'Lan',
  'authority.cow': 'COW',
  'authority.atop': 'ATOP',
  'decided.line': '{who}：{code}。',
  'decided.none': '没有立场',
  'decided.end': '同盟最后一年为{year}年',
  'decided.alliance': '同盟：{answer, select, yes {是} no {否} other {不确定}}',
  'decided.defence': '防御义务：{answer, select, yes {有} other {无}}',
  'decided.threat': '共同威胁：{answer, select, yes {有} other {无}}',
  'decided.separator': '；',
  'decided.sources': '来源：<sources/> · 可信度：{confidence}',
})
