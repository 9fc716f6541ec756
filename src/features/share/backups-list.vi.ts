import { translation } from '@/i18n/catalogue'
import type { backupsListWords } from './backups-list.en'

export default translation<typeof backupsListWords>('share.backups-list', {
  'unknown-time': 'không rõ thời điểm',
  heading: 'Các bản lưu không đọc được, giữ trong trình duyệt này',
  intro:
    'Công việc đã lưu nhưng không đọc được trọn vẹn được giữ ở đây đúng như cũ (tối đa ba bản, không bao giờ bị ghi đè). Hãy tải một bản về để giữ lại hoặc gửi cho giáo viên.',
  backup: 'Bản sao lưu {slot}, lưu lúc {when}',
  download: 'Tải bản sao lưu {slot}',
  confirm: 'Xác nhận: xóa bản sao lưu {slot}',
  delete: 'Xóa bản sao lưu {slot}…',
})
