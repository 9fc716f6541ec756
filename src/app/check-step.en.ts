import { defineMessages } from '@/i18n/catalogue'

/** The names of the Check step's panels, for the message of one that fails. */
export const checkStepWords = defineMessages('app.check-step', {
  'panel.metrics': 'the metrics',
  'panel.agreement': 'the agreement chart',
  'panel.fit': 'the fit in and out of sample',
  'panel.table': 'the table',
  'panel.user-cases': 'your own cases',
})
