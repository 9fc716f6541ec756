import { defineMessages } from '@/i18n/catalogue'

/** The words a lesson gets where the teacher left a text empty, in the language in use when it is made. */
export const lessonWords = defineMessages('store.lesson-words', {
  lesson: 'My lesson',
  exercise: 'Exercise',
  question: 'What does the model predict?',
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  'choice.yes': 'Yes, an alliance',
  'choice.no': 'No alliance',
  'choice.unsure': 'Not sure',
})
