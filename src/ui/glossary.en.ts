import { defineMessages } from '@/i18n/catalogue'
import { GLOSSARY } from './glossary'

/**
 * The glossary's terms and definitions (`./glossary.ts`) as a namespace, `ui.glossary`, built from
 * the entries when this module loads. Keys: `<id>.term` and `<id>.definition`. Components look
 * them up with `dt('ui.glossary', `${id}.term`, entry.term)` (`useDataText()`), so the English is
 * always the entry's own.
 */
export const glossaryWords = defineMessages(
  'ui.glossary',
  Object.fromEntries(
    GLOSSARY.flatMap((e) => [
      [`${e.id}.term`, e.term],
      [`${e.id}.definition`, e.definition],
    ]),
  ) as Record<string, string>,
)
