import { defineMessages } from '@/i18n/catalogue'

/** What a panel that failed says, and its button; `name` names the panel ("the timeline"). */
export const panelBoundaryWords = defineMessages('ui.panel-boundary', {
  failed:
    'Something went wrong in {name} ({message}). The rest of the explorer still works, and your changes are kept.',
  retry: 'Try again',
})
