import { defineMessages } from '@/i18n/catalogue'

/** The words around a contested name's other terms in `<ContestedTerm>`'s tooltip and title. */
export const contestedTermWords = defineMessages('ui.contested-term', {
  'side.vietnamese': 'Vietnamese usage',
  'side.prc': 'PRC usage',
  /** One side's term (in <t>, in the side's language). */
  usage: '{side}: <t>{term}</t>',
  /** One side's term with what it says in the reader's language. */
  'usage.glossed': '{side}: <t>{term}</t> ({gloss})',
})
