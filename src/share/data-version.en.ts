import { defineMessages } from '@/i18n/catalogue'

/**
 * The notice for work made on other data. `what` names the work in the language in use ("this
 * link", "your saved work", 'the file "x.json"'); the newer-data notice starts with it, its first
 * letter made a capital.
 */
export const dataVersionWords = defineMessages('share.data-version', {
  newer:
    '{what} was made on data version {made}, newer than this copy of the explorer (data version {current}), so some codings and figures may differ from what it showed. Reload the page, or download the explorer again, to get the newer data.',
  older:
    'The data were corrected since this was made: {what} was made on {on}, and the explorer now uses data version {current}. It is open as it was made, but some codings and figures may differ.',
  'on.unversioned': 'the data from before {first}',
  'on.version': 'data version {made}',
  'on.unknown': 'an unknown version of the data',
  'see-corrections': 'See what was corrected',
})
