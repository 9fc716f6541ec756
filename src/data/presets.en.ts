import { defineMessages } from '@/i18n/catalogue'
import { PRESETS } from './presets'

/**
 * The presets' texts, for translation: built from `PRESETS` (the essay's presets and those over
 * the out-of-sample library, all in `presets.ts`) as the app loads, so nothing is copied. Keys are
 * `<preset id>.title` and `<preset id>.description`; look one up with
 * `dt('data.presets', \`${p.id}.title\`, p.title)`.
 */
export const presetTexts = defineMessages(
  'data.presets',
  Object.fromEntries(
    PRESETS.flatMap((p) => [
      [`${p.id}.title`, p.title],
      [`${p.id}.description`, p.description],
    ]),
  ) as Record<string, string>,
)
