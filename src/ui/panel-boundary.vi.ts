import { translation } from '@/i18n/catalogue'
import type { panelBoundaryWords } from './panel-boundary.en'

export default translation<typeof panelBoundaryWords>('ui.panel-boundary', {
  failed:
    'Đã xảy ra lỗi ở {name} ({message}). Các phần khác của công cụ khám phá vẫn hoạt động, và các thay đổi của bạn vẫn được giữ nguyên.',
  retry: 'Thử lại',
})
