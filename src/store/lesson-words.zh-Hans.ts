import { translation } from '@/i18n/catalogue'
import type { lessonWords } from './lesson-words.en'

export default translation<typeof lessonWords>('store.lesson-words', {
  lesson: '我的课程',
  exercise: '练习',
  question: '模型预测的是什么？',
  yes: '是',
  no: '否',
  unsure: '不确定',
  'choice.yes': '是，有同盟',
  'choice.no': '无同盟',
  'choice.unsure': '不确定',
})
