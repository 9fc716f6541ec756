import { translation } from '@/i18n/catalogue'
import type { sharePanelWords } from './share-panel.en'

export default translation<typeof sharePanelWords>('share.share-panel', {
  offline: '下载离线版',
  heading: '撤销、分享与保存',
  undo: '撤销',
  redo: '重做',
  more: '更多',
  'copy-link': '复制链接',
  'save-scenario': '保存情景',
  'open-scenario': '打开情景',
  'file-input': '要打开的情景文件',
  'download-data': '下载数据（CSV）',
  'print-handout': '打印讲义',
  cite: '引用',
  'link.copied': '链接已复制。它会打开当前这个视图：',
  'link.copy': '请复制此链接；它会打开当前这个视图：',
  embed: '嵌入',
  'embed.region': '嵌入学习平台',
  'embed.loading': '正在加载嵌入代码…',
  'embed.close': '关闭嵌入代码',
  'cite.region': '引用',
  'cite.loading': '正在加载引用…',
  'cite.close': '关闭引用',
  'error.too-large':
    '未打开“{name}”：该文件大小为 {size} MB，超过本工具保存的任何情景（最多 {max} MB）。你当前的工作没有改变。',
  'error.unreadable': '无法读取“{name}”（{message}）。你当前的工作没有改变。',
  'error.reader':
    '无法打开“{name}”：本工具读取文件的部分未能加载（{message}）。请检查网络连接后重试；你当前的工作没有改变。',
  'part.backups': '保留的存档列表',
  'part.citations': '引用信息',
  'part.embed': '嵌入代码',
})
