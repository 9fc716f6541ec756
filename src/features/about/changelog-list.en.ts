import { defineMessages } from '@/i18n/catalogue'

/** The headings of the data changelog's releases; the entries themselves stay in English. */
export const changelogListWords = defineMessages('about.changelog-list', {
  first: 'The first data (before {version})',
  version: 'Version {version}',
  heading: '{release}, <time>{date}</time>',
  figures: 'Figures:',
})
