import { defineMessages } from '@/i18n/catalogue'

/** The problems the saved-work schema names in its own words (zod's others are zod's). */
export const schemaWords = defineMessages('share.schema', {
  'codes.too-many': 'at most {max} coded items',
  'watch.backwards': 'the years end before they start',
  'step.twice': 'a step appears twice',
})
