import { translation } from '@/i18n/catalogue'
import type { backupWords } from './backups.en'

export default translation<typeof backupWords>('share.backups', {
  'reason.damaged': 'chính bản sao lưu cũng không đọc được',
  'reason.legacy': 'được một phiên bản cũ hơn của trang khám phá giữ lại',
})
