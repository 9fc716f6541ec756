import { defineMessages } from '@/i18n/catalogue'

/** "Code the disputed cases yourself": the panel and each case's card. */
export const codingPanelWords = defineMessages('coding.coding-panel', {
  heading: 'Code the disputed cases yourself',
  intro:
    "The debate turns on what counts as an alliance. Read the evidence for each case, answer, and give your reason; then open what Vu, Lan and the two datasets decided. Your answers make <b>My reading</b> in the table above. A case you leave open, or mark unsure, keeps Vu's coding.",
  progress: '{coded} of {total} cases coded.',
  'state.done': '✓ coded',
  'state.open': 'open',
  /** The clause's article and where it is published, under the clause. */
  'clause.caption': '{article}. {published}',
  'question.defence': 'Does the text oblige either side to defend the other?',
  'question.alliance': 'Count it as an alliance?',
  'question.threat': 'Did the two share a threat in these years?',
  'question.end': 'In which year did the alliance last hold?',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.unsure': 'Unsure',
  reason: 'Your reason',
  'decided.summary': 'What Vu, Lan, COW and ATOP decided',
  'authority.vu': 'Vu',
  'authority.lan': 'Lan',
  'authority.cow': 'COW',
  'authority.atop': 'ATOP',
  /** What an authority decided, as a code: "Vu: defence obligation: no; alliance: yes." */
  'decided.line': '{who}: {code}.',
  'decided.none': 'takes no position',
  'decided.end': 'last allied year {year}',
  'decided.alliance': 'alliance: {answer, select, yes {yes} no {no} other {unsure}}',
  'decided.defence': 'defence obligation: {answer, select, yes {yes} other {no}}',
  'decided.threat': 'shared threat: {answer, select, yes {yes} other {no}}',
  /** Between the parts of one decision. */
  'decided.separator': '; ',
  'decided.sources': 'Sources: <sources/> · confidence {confidence}',
})
