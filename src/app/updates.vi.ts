import { translation } from '@/i18n/catalogue'
import type { updateWords } from './updates.en'

export default translation<typeof updateWords>('app.updates', {
  'new-version':
    'Đã có phiên bản mới của công cụ khám phá: hãy tải lại trang để dùng. Công việc của bạn vẫn được lưu trong liên kết.',
  reload: 'Tải lại',
})
