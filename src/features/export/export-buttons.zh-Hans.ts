import { translation } from '@/i18n/catalogue'
import type { exportButtonWords } from './export-buttons.en'

export default translation<typeof exportButtonWords>('export.export-buttons', {
  png: '下载图表（PNG）',
  svg: '下载图表（SVG）',
  csv: '下载图表数据（CSV）',
  making: '正在生成 {format}…',
  downloaded: '已下载 {file}。',
  failed: '图表无法导出：{reason}。',
})
