import { defineMessages } from '@/i18n/catalogue'

/** The printed handout: its headings, the figures in a line, the exercises and the questions. */
export const handoutWords = defineMessages('handout.handout', {
  label: 'Printable handout',
  'argument.heading': 'The argument in brief',
  'argument.point': '<b>{short}</b>: {brief}',
  'scenario.heading': 'The scenario',
  'scenario.none': 'History as coded: no changes.',
  'scenario.more': 'and {n} more changes',
  'steps.heading': 'Steps taken',
  'steps.heading-last': 'Steps taken (the last {shown} of {n})',
  'step.why': '{text} (why: {why})',
  'fit.heading': 'How well the model fits',
  'fit.accuracy': 'Accuracy {accuracy}',
  'fit.accuracy-baseline': 'Accuracy {accuracy}, baseline {baseline}',
  'fit.count-baseline': '{count}, baseline {baseline}',
  'fit.separator': '; ',
  /** Between the sentences before and after it, so it brings its own spaces. */
  'fit.figures': ' {accuracy}; {counts}. ',
  'exercises.heading': 'Exercises',
  'exercises.heading-some': 'Exercises ({shown} of {n})',
  'exercise.predicted': '{question} Predicted: {prediction}.',
  'exercise.predicted-reason': '{question} Predicted: {prediction} ({reason}).',
  'exercise.after': ' After the reveal: {prediction}.',
  'exercise.explanation': ' Explanation: {explanation}',
  'prediction.yes': 'yes',
  'prediction.no': 'no',
  'prediction.unsure': 'not sure',
  'answers.heading': 'Your answers',
  'question.expect': 'Before looking: what did you expect the model to predict, and why?',
  'question.changed': 'What changed in the chart? Name the pairs and the years.',
  'question.support':
    'Does the result support or weaken the claim that both criteria are needed? Explain.',
})
