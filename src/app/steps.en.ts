import { defineMessages } from '@/i18n/catalogue'

/** The lesson's steps: each one's name and what it is for, and each step's page as a part that loads when opened. */
export const stepWords = defineMessages('app.steps', {
  nav: 'Lesson steps',
  'explore.title': 'Explore',
  'explore.hint': 'change history and watch the predictions',
  'debate.title': 'Debate',
  'debate.hint': 'read the case under Vu’s, Lan’s and the datasets’ codings',
  'check.title': 'Check',
  'check.hint': 'how well the model fits, year by year and row by row',
  'part.debate': 'The Debate step',
  'part.check': 'The Check step',
})
