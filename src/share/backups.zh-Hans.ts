import { translation } from '@/i18n/catalogue'
import type { backupWords } from './backups.en'

export default translation<typeof backupWords>('share.backups', {
  'reason.damaged': '备份本身无法读取',
  'reason.legacy': '由较早版本的探索工具保留',
})
