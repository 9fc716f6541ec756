import { translation } from '@/i18n/catalogue'
import type { projectorToggleWords } from './projector-toggle.en'

export default translation<typeof projectorToggleWords>('share.projector-toggle', {
  label: 'Chế độ máy chiếu',
})
