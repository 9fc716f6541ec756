import { translation } from '@/i18n/catalogue'
import type { changelogListWords } from './changelog-list.en'

export default translation<typeof changelogListWords>('about.changelog-list', {
  first: '最初的数据（{version}之前）',
  version: '版本{version}',
  heading: '{release}，<time>{date}</time>',
  figures: '涉及的数字：',
})
