import { translation } from '@/i18n/catalogue'
import type { lessonWords } from './lesson-words.en'

export default translation<typeof lessonWords>('store.lesson-words', {
  lesson: 'Bài học của tôi',
  exercise: 'Bài tập',
  question: 'Mô hình dự đoán điều gì?',
  yes: 'Có',
  no: 'Không',
  unsure: 'Chưa chắc',
  'choice.yes': 'Có, có liên minh',
  'choice.no': 'Không có liên minh',
  'choice.unsure': 'Chưa chắc',
})
