import { defineMessages } from '@/i18n/catalogue'

/** The teacher guide's frame: its headings, buttons and the printed worksheet's header. */
export const teacherPanelWords = defineMessages('teachers.teacher-panel', {
  intro:
    "Lessons built on the app's presets and exercises. The rival rules in the <b>Rule</b> menu carry the field's names below. The full guide, with the same plans, is <code>docs/teachers.md</code> in the project.",
  'lesson45.heading': '45-minute lesson: Russia stays communist',
  'lesson90.heading': '90-minute lesson: two rules, two readings, one essay',
  step: '<b>{title}</b> ({minutes, number} min): {text}',
  'step.untimed': '<b>{title}</b>: {text}',
  'worksheet.heading': 'Worksheet',
  'worksheet.intro':
    'Fourteen questions in four parts, to fill in while the class follows the 45-minute lesson. The printout holds the questions only, with room to write.',
  'worksheet.print': 'Print worksheet',
  'key.summary': 'Answer key',
  'key.intro': 'What the app shows on its default settings.',
  'essay.heading': 'Essay prompt and rubric',
  'essay.prompt': '<b>Prompt:</b> “{prompt}”',
  'rubric.caption': 'Rubric: score each criterion 1–4 (20 in all)',
  'rubric.criterion': 'Criterion',
  'curriculum.heading': 'Curriculum map',
  'rivals.heading': "The rival rules in the field's terms",
  'printed.label': 'Printable worksheet',
  'printed.title': 'Alliance Counterfactual Explorer: worksheet',
  'printed.name': 'Name: ______________________________ Date: ______________',
})
