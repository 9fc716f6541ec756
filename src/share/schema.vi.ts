import { translation } from '@/i18n/catalogue'
import type { schemaWords } from './schema.en'

export default translation<typeof schemaWords>('share.schema', {
  'codes.too-many': 'tối đa {max} mục được mã hóa',
  'watch.backwards': 'các năm kết thúc trước khi bắt đầu',
  'step.twice': 'một bước xuất hiện hai lần',
})
