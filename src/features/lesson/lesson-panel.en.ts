import { defineMessages } from '@/i18n/catalogue'

/** The lesson open on the page: its steps, the teacher's tools and how it is handed out. */
export const lessonPanelWords = defineMessages('lesson.lesson-panel', {
  'key.allied':
    'under the current settings the model predicts an alliance for {pair} in {years} (so "{choice}").',
  'key.none':
    'under the current settings the model predicts no alliance for {pair} in {from}–{to} (so "{choice}").',
  'exercise-title': '{n}. {title}',
  copied: 'Copied.',
  embed: 'Embed in a learning platform',
  'hand-out': 'Hand out the lesson',
  'too-long':
    'This lesson is too long for a link ({length} characters; a link holds up to {max}). Save it as a file and share the file: students open it with “Open scenario”.',
  'student.label': 'Student link',
  'student.copy': 'Copy student link',
  'student.qr': 'Show QR for the student link',
  'student.what': 'the student link',
  'student.hint': 'For the class: the steps and the questions, without your notes or any key.',
  'teacher.label': 'Teacher link',
  'teacher.copy': 'Copy teacher link',
  'teacher.qr': 'Show QR for the teacher link',
  'teacher.what': 'the teacher link',
  'teacher.hint':
    'Keep it for yourself: it opens your notes, the key and Class results for this lesson.',
  'save.student': 'Save the student file',
  'save.teacher': 'Save the teacher file',
  'step.tools': 'Step {n}: {name}',
  'move-up': 'Move up',
  'move-down': 'Move down',
  remove: 'Remove',
  'add.label': 'Add a disputed case to code',
  'add.button': 'Add the case',
  heading: 'Lesson: {title}',
  'role.teacher': 'Teacher view',
  'role.student': 'Student view',
  unfold: 'Show the lesson',
  fold: 'Fold the lesson away',
  'teacher.intro':
    'Your lesson, step by step. Students get the steps without your notes or any key; add exercises with “Make an exercise” in the side column, and cases here.',
  title: 'Lesson title',
  'student.intro':
    'Work through the steps in order: predict before you reveal, code each case with a reason, then hand in your answer code.',
  empty: 'No steps yet.',
  steps: 'Lesson steps',
  closed: 'Closed the lesson "{title}".',
  reopen: 'Reopen it',
  close: 'Close the lesson',
})
