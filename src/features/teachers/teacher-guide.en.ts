import { defineMessages } from '@/i18n/catalogue'

/** The "For teachers" section around the guide. */
export const teacherGuideWords = defineMessages('teachers.teacher-guide', {
  summary: 'For teachers',
  loading: 'Loading the teacher guide…',
})
