import { defineMessages } from '@/i18n/catalogue'

/** The About panel's Glossary and its table of contested names. */
export const glossaryListWords = defineMessages('about.glossary-list', {
  heading: 'Glossary',
  'sides.heading': 'Words that take sides',
  'sides.intro':
    'Hanoi and Beijing name some events, places and governments so as to take a side. The explorer uses a neutral term in each language; this table gives each side’s own term beside it. The notes are the record of our choices and are in English.',
  'sides.show': 'The table of contested names ({n, number})',
  'sides.caption': 'Contested names: the neutral term used here, and the term each side uses',
  'sides.neutral': 'Neutral term',
  'sides.vietnamese': 'Vietnamese usage',
  'sides.prc': 'PRC usage',
  'sides.glossed': '<t>{term}</t> ({gloss})',
  'sides.note': 'Note',
})
