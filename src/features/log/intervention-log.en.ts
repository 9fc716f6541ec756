import { defineMessages } from '@/i18n/catalogue'

/** The list of the user's changes, each with room for a reason. */
export const interventionLogWords = defineMessages('log.intervention-log', {
  heading: 'Your changes',
  empty: 'Nothing changed yet. Each change you make is listed here, with room to say why.',
  'shown.all': 'All {n, number} steps are shown.',
  'shown.last': 'The last {shown, number} of {n, number} steps are shown.',
  'show.last': 'Show only the last {shown, number}',
  'show.all': 'Show all {n, number} steps',
  'why.label': 'Why? (step {step})',
  'why.placeholder': 'Why? (optional)',
})
