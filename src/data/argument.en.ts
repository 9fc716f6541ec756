import { defineMessages } from '@/i18n/catalogue'
import { ARGUMENT } from './argument'

/**
 * The essay's argument point by point, for translation: built from `ARGUMENT` as the app loads,
 * so nothing is copied. Keys are `<point id>.title`, `.text`, `.short` and `.brief`; look one up
 * with `dt('data.argument', \`${point.id}.title\`, point.title)`.
 */
export const argumentTexts = defineMessages(
  'data.argument',
  Object.fromEntries(
    ARGUMENT.flatMap((a) => [
      [`${a.id}.title`, a.title],
      [`${a.id}.text`, a.text],
      [`${a.id}.short`, a.short],
      [`${a.id}.brief`, a.brief],
    ]),
  ) as Record<string, string>,
)
