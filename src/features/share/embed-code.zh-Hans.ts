import { translation } from '@/i18n/catalogue'
import type { embedCodeWords } from './embed-code.en'

export default translation<typeof embedCodeWords>('share.embed-code', {
  'iframe-title': '同盟反事实探索',
  label: '嵌入代码',
  help: '将其粘贴到你所用学习平台（Moodle、Canvas、Google 协作平台…）的 HTML 或嵌入模块中，该页面便会显示本工具的这一视图。',
  copy: '复制嵌入代码',
  copied: '嵌入代码已复制。',
  'not-copied': '此处无法复制代码：请选中上方的代码后复制。',
})
