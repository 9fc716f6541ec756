import { translation } from '@/i18n/catalogue'
import type { scenarioWords } from './scenario-words.en'

export default translation<typeof scenarioWords>('store.scenario', {
  history: 'lịch sử như đã mã hóa',
  further: '{n, plural, other {thêm # thay đổi}}',
  changes: '{n, plural, other {# thay đổi}}',
  separator: '; ',
})
