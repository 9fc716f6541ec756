import { defineMessages } from '@/i18n/catalogue'

export const textWords = defineMessages('lib.text', {
  /** The last line of a capped list of problems; `count` is the number as written, `n` picks the form. */
  more: '{n, plural, one {and {count} more problem} other {and {count} more problems}}',
})
