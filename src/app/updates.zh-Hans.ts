import { translation } from '@/i18n/catalogue'
import type { updateWords } from './updates.en'

export default translation<typeof updateWords>('app.updates', {
  'new-version': '探索工具的新版本已就绪：重新加载即可使用。你的工作已保存在链接中。',
  reload: '重新加载',
})
