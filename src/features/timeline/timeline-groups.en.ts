import { defineMessages } from '@/i18n/catalogue'

/** The timeline's group of a user's own cases (the built-in case sets are vocabulary words). */
export const timelineGroupsWords = defineMessages('timeline.groups', {
  'own-cases': 'Your own cases',
})
