import { translation } from '@/i18n/catalogue'
import type { cellDetailsWords } from './cell-details.en'

export default translation<typeof cellDetailsWords>('history-editor.cell-details', {
  empty: '将鼠标指向某一年，或用方向键移到该年，即可查看历史记录如何编码该年及其理由。',
  heading: '{who}，{year}年',
  'not-applicable': '不适用',
  history: '历史记录：<b>{value}</b>',
  'history.adversary': '历史记录：<b>{value}</b>（共同对手：<adversary/>）',
  'scenario.changed': ' · 情景：<b>{value}</b>（已改动）',
  'scenario.regimes': ' · 情景：<b>{value}</b>（政权已改动）',
  'rift.both':
    '党际分裂只存在于两个执政的共产党之间。{year}年非共产党执政：{names}。该年编码为“{value}”。',
  'rift.history':
    '党际分裂只存在于两个执政的共产党之间。按历史记录，{year}年非共产党执政：{names}。该年编码为“{value}”。',
  'rift.scenario':
    '党际分裂只存在于两个执政的共产党之间。按情景，{year}年非共产党执政：{names}。该年编码为“{value}”。',
  coded: '可信度：{confidence}。编码时段：{years}。',
  contested: '争议：',
  'record-note': '（编码理由、争议说明和来源标题保留英文原文。）',
})
