import { translation } from '@/i18n/catalogue'
import type { citePanelWords } from './cite-panel.en'

export default translation<typeof citePanelWords>('share.cite-panel', {
  heading: 'Trích dẫn',
  hint: 'Hãy trích dẫn công cụ kèm phiên bản dữ liệu bạn đã dùng, và bài viết có lý thuyết mà công cụ kiểm chứng.',
  style: 'Kiểu trích dẫn',
  'label.explorer': 'Công cụ, phiên bản dữ liệu {version}',
  'label.essay': 'Bài viết được kiểm chứng',
  copy: 'Sao chép',
  'copy-label.explorer': 'Sao chép trích dẫn của công cụ',
  'copy-label.essay': 'Sao chép trích dẫn của bài viết',
  'copied.explorer': 'Đã sao chép trích dẫn của công cụ ({style}).',
  'copied.essay': 'Đã sao chép trích dẫn của bài viết ({style}).',
  'selected.explorer':
    'Không dùng được bộ nhớ tạm ở đây, nên trích dẫn của công cụ ({style}) đã được chọn sẵn: nhấn Ctrl+C (Cmd+C trên máy Mac) để sao chép.',
  'selected.essay':
    'Không dùng được bộ nhớ tạm ở đây, nên trích dẫn của bài viết ({style}) đã được chọn sẵn: nhấn Ctrl+C (Cmd+C trên máy Mac) để sao chép.',
  'in-english': 'Các trích dẫn được giữ bằng tiếng Anh, đúng như bản đã công bố.',
})
