import { translation } from '@/i18n/catalogue'
import type { changelogListWords } from './changelog-list.en'

export default translation<typeof changelogListWords>('about.changelog-list', {
  first: 'Dữ liệu đầu tiên (trước {version})',
  version: 'Phiên bản {version}',
  heading: '{release}, <time>{date}</time>',
  figures: 'Số liệu:',
})
