import { defineMessages } from '@/i18n/catalogue'

/** The first-run tour: its three steps (by the part of the page each points at) and buttons. */
export const firstRunTourWords = defineMessages('guide.first-run-tour', {
  'presets.title': 'Start with a preset',
  'presets.text':
    'Each preset changes history in one way, such as “{preset}”. Press one to try it, and press it again to take it back.',
  'result.title': 'Read the result',
  'result.text':
    'Here the explorer says in plain words what the change did to the model’s predictions, with the baseline (the model on history) beside every figure it moved.',
  'timeline.title': 'See it year by year',
  'timeline.text':
    'Each row is a pair of states: history on top, the model on history below it. A scenario adds a third band where it moves a prediction. “{walkthrough}” explains every mark.',
  count: 'Tour, step {n, number} of {total, number}',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  skip: 'Skip tour',
})
