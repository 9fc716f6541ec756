import { defineMessages } from '@/i18n/catalogue'

export const projectorToggleWords = defineMessages('share.projector-toggle', {
  label: 'Projector mode',
})
