import { defineMessages } from '@/i18n/catalogue'

/** The class's predictions before and after each exercise's reveal. */
export const predictionResultsWords = defineMessages('class-results.prediction-results', {
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.unsure': 'Unsure',
  'letter.yes': 'Y',
  'letter.no': 'N',
  'letter.unsure': '?',
  'legend.yes': 'Yes (Y)',
  'legend.no': 'No (N)',
  'legend.unsure': 'Unsure (?)',
  'axis.before': '{n} before',
  'axis.after': '{n} after',
  spread: '{yes} yes, {no} no, {unsure} unsure',
  'changed.nobody-both': 'No student has answered both before and after the reveal yet.',
  changed: '{count} of {of, plural, one {# student} other {# students}} changed their mind.',
  'changed.list':
    '{count} of {of, plural, one {# student} other {# students}} changed their mind ({list}).',
  change: '{count} from {from} to {to}',
  separator: ', ',
  'hands.unknown': 'A show of hands cannot say who changed their mind, only how the answers moved.',
  'hands.fewest':
    'A show of hands cannot say who changed their mind; with as many hands both times, at least {n} did.',
  title: 'Predictions before and after the reveal',
  'hint.codes':
    'From the answer codes: each student’s prediction before the reveal and their answer when asked again after it. The chart numbers the exercises as the table does.',
  'hint.hands':
    'Before revealing an exercise, ask for hands on yes, no and unsure; after it, ask the same again. Hands show how the answers moved, not who moved. The chart numbers the exercises as the table does.',
  region: 'Counts per exercise',
  before: 'Before the reveal',
  after: 'After the reveal',
  exercise: 'Exercise',
  'changed.column': 'Changed their mind',
  'exercise.row': '{n}. {name}',
  'input.before.yes': '{name}: yes before the reveal',
  'input.before.no': '{name}: no before the reveal',
  'input.before.unsure': '{name}: unsure before the reveal',
  'input.after.yes': '{name}: yes after the reveal',
  'input.after.no': '{name}: no after the reveal',
  'input.after.unsure': '{name}: unsure after the reveal',
  'count-of': '{count} of {of}',
  'in-words': 'The chart in words',
  'words.after': '{n}. {name}: before the reveal {before}; after it {after}. {changed}',
  'words.no-answers': '{n}. {name}: before the reveal {before}; after it no answers yet.',
  'words.not-counted': '{n}. {name}: before the reveal {before}; after it not counted yet.',
  none: 'No predictions counted yet.',
})
