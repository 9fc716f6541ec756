import { translation } from '@/i18n/catalogue'
import type { chartExportWords } from './chart-export.en'

export default translation<typeof chartExportWords>('export.chart-export', {
  'more-changes': '……另有 {n} 处改动。',
  steps: '操作步骤：',
  'earlier-steps': '（未显示之前的 {n} 个步骤）',
  desc: '{subtitle}由“同盟反事实探索”制作，数据版本 {version}。',
  'timeout.read': '将图表读取为图像耗时超过 {s} 秒',
  'timeout.png': '生成 PNG 耗时超过 {s} 秒',
  'error.read': '浏览器无法将图表读取为图像',
  'error.canvas': '此浏览器无法在画布上绘图',
  'error.png': '无法生成 PNG',
})
