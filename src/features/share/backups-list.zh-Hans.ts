import { translation } from '@/i18n/catalogue'
import type { backupsListWords } from './backups-list.en'

export default translation<typeof backupsListWords>('share.backups-list', {
  'unknown-time': '时间不详',
  heading: '本浏览器中保留的无法读取的存档',
  intro:
    '无法完整读取的已保存工作会原样保留在这里（最多三份，绝不覆盖）。请下载一份自行保存，或发给你的老师。',
  backup: '备份 {slot}，保存于 {when}',
  download: '下载备份 {slot}',
  confirm: '确认：删除备份 {slot}',
  delete: '删除备份 {slot}…',
})
