import { defineMessages } from '@/i18n/catalogue'

/** The names of the Debate step's panels, for the message of one that fails. */
export const debateStepWords = defineMessages('app.debate-step', {
  'panel.lens': 'the debate lens',
  'panel.coding': 'the coding of the disputed cases',
  'panel.class': 'the class results',
})
