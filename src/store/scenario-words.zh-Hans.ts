import { translation } from '@/i18n/catalogue'
import type { scenarioWords } from './scenario-words.en'

export default translation<typeof scenarioWords>('store.scenario', {
  history: '按编码的历史',
  further: '{n, plural, other {另有#处改动}}',
  changes: '{n, plural, other {#处改动}}',
  separator: '；',
})
