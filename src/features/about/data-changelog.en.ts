import { defineMessages } from '@/i18n/catalogue'

/** The data changelog's frame; its entries are the record and stay in English. */
export const dataChangelogWords = defineMessages('about.data-changelog', {
  summary: 'Data version {current}: what was corrected',
  intro:
    'Links, scenario files, saved work, chart images and the handout record the data version they were made on. Opening work made on an earlier version shows the same work on the corrected data, so some codings and figures may differ from what its author saw. Work with no version was made on the data from before {version}.',
  'in-english':
    'The corrections are listed in English, as they were recorded with the data they correct.',
  loading: 'Loading the list of corrections…',
  'part.list': 'The list of corrections',
})
