import { defineMessages } from '@/i18n/catalogue'

/** "Hand in": the student's work as one answer code. */
export const handInWords = defineMessages('coding.hand-in', {
  heading: 'Hand in',
  intro:
    "Your answers become one line of text, an answer code. Paste it into the class chat or form, or save it as a file; your teacher pastes everyone's codes into Class results. Nothing is sent anywhere.",
  nickname: 'Your nickname',
  'no-nickname': 'Type a nickname to make your answer code.',
  /** The one refusal of the answer code: a nickname with nothing left once cleaned. */
  'no-code.nickname': 'No code yet: write your nickname first.',
  /** Any other refusal, whose reason comes in English from the answer code's module. */
  'no-code': 'No code yet: <problem/>.',
  code: 'Your answer code ({cases} cases, {exercises} exercises)',
  copy: 'Copy the code',
  save: 'Save as a file',
  copied: 'Copied.',
})
