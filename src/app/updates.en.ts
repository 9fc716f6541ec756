import { defineMessages } from '@/i18n/catalogue'

/** The notice that a new version of the explorer is ready, and its button. */
export const updateWords = defineMessages('app.updates', {
  'new-version':
    'A new version of the explorer is ready: reload to use it. Your work is kept in the link.',
  reload: 'Reload',
})
