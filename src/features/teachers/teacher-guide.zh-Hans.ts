import { translation } from '@/i18n/catalogue'
import type { teacherGuideWords } from './teacher-guide.en'

export default translation<typeof teacherGuideWords>('teachers.teacher-guide', {
  summary: '教师专区',
  loading: '正在加载教师指南…',
})
