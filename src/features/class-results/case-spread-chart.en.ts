import { defineMessages } from '@/i18n/catalogue'

/** The chart of the class's answers per case, and the words an answer is read in. */
export const caseSpreadChartWords = defineMessages('class-results.case-spread-chart', {
  'option.yes': 'Yes',
  'option.no': 'No',
  'option.unsure': 'Unsure',
  axis: 'Case {n}: {option}',
  bars: 'Answers',
  title: 'The spread of answers per case',
  'in-words': 'The chart in words',
  count: '{option}: {count}',
  separator: ', ',
  line: 'Case {n} ({title}): {counts}.',
})
