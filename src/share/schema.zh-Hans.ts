import { translation } from '@/i18n/catalogue'
import type { schemaWords } from './schema.en'

export default translation<typeof schemaWords>('share.schema', {
  'codes.too-many': '最多 {max} 个已编码条目',
  'watch.backwards': '结束年份早于开始年份',
  'step.twice': '有一个步骤出现了两次',
})
