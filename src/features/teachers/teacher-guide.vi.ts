import { translation } from '@/i18n/catalogue'
import type { teacherGuideWords } from './teacher-guide.en'

export default translation<typeof teacherGuideWords>('teachers.teacher-guide', {
  summary: 'Dành cho giáo viên',
  loading: 'Đang tải hướng dẫn cho giáo viên…',
})
