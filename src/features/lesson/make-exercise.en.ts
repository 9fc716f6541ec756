import { defineMessages } from '@/i18n/catalogue'

/** "Make an exercise": the form that turns the scenario on screen into a lesson's exercise. */
export const makeExerciseWords = defineMessages('lesson.make-exercise', {
  'choice.yes': 'Choice for “an alliance”',
  'choice.no': 'Choice for “no alliance”',
  'choice.unsure': 'Choice for “not sure”',
  'default.yes': 'Yes, an alliance',
  'default.no': 'No alliance',
  'default.unsure': 'Not sure',
  question: 'Under this scenario, does the model predict an alliance for {pair} in {from}–{to}?',
  'default-title': 'Exercise {n}',
  'problem.question': 'Write the question first.',
  'problem.years': 'The years must be whole years from {first} to {last}.',
  'problem.order': 'The years end before they start.',
  added: 'Added “{title}” to your lesson. It is at the top of this page.',
  heading: 'Make an exercise from this screen',
  intro:
    'For teachers: the changes on screen become a question your students predict before the model reveals its answer. Exercises and coding items make a lesson you hand out as a link.',
  'no-changes': 'Change history first (a preset or the editor): then make the exercise.',
  'too-many':
    'This scenario has {n} changes; an exercise holds at most {max}. Make a smaller scenario first.',
  full: 'Your lesson has {n} steps, as many as a lesson holds.',
  start: 'Make an exercise',
  applies:
    'It applies the {n, plural, one {# change} other {# changes}} on screen when a student reveals the answer; the model computes the answer, so no key travels with the student link.',
  'field.title': 'Title',
  'field.question': 'Question',
  'field.pair': 'Pair',
  'field.from': 'From',
  'field.to': 'To',
  choices: 'The three choices, in your words',
  explanation: 'Explanation shown with the answer',
  notes: 'Teacher notes (never in the student link)',
  add: 'Add to the lesson',
  cancel: 'Cancel',
})
