import { translation } from '@/i18n/catalogue'
import type { languageWords } from './language.en'

export default translation<typeof languageWords>('store.language', {
  'user-case-mark': '（你添加的案例）',
  'language-failed': '未能加载{language}的文字，页面仍保持当前语言。请检查网络连接后重新选择语言。',
})
