import { defineMessages } from '@/i18n/catalogue'

/** The timeline's toolbar: the years shown, the pairs shown, and finding pairs among many. */
export const timelineToolbarWords = defineMessages('timeline.toolbar', {
  from: 'From',
  to: 'to',
  'all-years': 'All years',
  'pairs-shown': 'Pairs shown ({n} of {total})',
  'pairs-shown.legend': 'Pairs shown on the timeline',
  'show-all': 'Show all',
  find: 'Find pairs',
  state: 'State',
  'all-states': 'All states',
  search: 'Find a pair',
  'search.placeholder': 'e.g. Albania',
  'search.clear': 'Clear search',
  compact: 'Compact rows',
  matching: '{n} of {total} pairs match.',
  'matching.folded': '{n} of {total} pairs match (some may be in a folded group).',
})
