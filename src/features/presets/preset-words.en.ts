import { defineMessages } from '@/i18n/catalogue'

/** The preset panel's own words; the presets' titles and descriptions are in `data.presets`. */
export const presetWords = defineMessages('presets.preset-words', {
  heading: 'What if…?',
  'more.summary': "Beyond the essay's cases ({n, number})",
  hint: 'Press one or more to change history; press again to take it back. Point at one, or tab to it, to read what it asks.',
  reset: 'Reset to history',
  'count.none': 'Showing history as coded.',
  'count.changed': '{n, plural, one {# cell} other {# cells}} changed from history.',
})
