import { translation } from '@/i18n/catalogue'
import type { timelineGroupsWords } from './timeline-groups.en'

export default translation<typeof timelineGroupsWords>('timeline.groups', {
  'own-cases': 'Các trường hợp của bạn',
})
