import { translation } from '@/i18n/catalogue'
import type { downloadHelpWords } from './download-help.en'

export default translation<typeof downloadHelpWords>('ui.download-help', {
  text: '嵌入其他网站时，下载可能会被拦截。如需下载，请<link>在新标签页中打开本探索工具</link>。',
})
