import { defineMessages } from '@/i18n/catalogue'

/**
 * The exercise cards' own words; the exercises' questions and notes are in `data.exercises`, their
 * titles (the presets') in `data.presets`. `result` is the model's answer for the pair and years
 * the exercise watches: `allied` yes or no, `baseline` same (as the prediction), none or other,
 * `recorded` yes or no.
 */
export const exerciseWords = defineMessages('exercises.exercise-words', {
  heading: 'Exercises: predict, then look',
  hint: 'Commit to a prediction first; revealing applies the counterfactual. Answers stay in this browser, in saved scenario files and on the printed handout.',
  'prediction.legend': '1. Your prediction, before you look',
  'reason.label': 'Why do you think so?',
  reveal: "2. Reveal the model's answer",
  'reveal.why': 'Pick a prediction first.',
  answer:
    "<b>2. The model's answer:</b> <result/>{agree, select, yes { It matches your prediction.} no { It differs from your prediction.} other {}}",
  result:
    '{allied, select, yes {The model predicts an alliance for {pair} in {predicted}} other {The model predicts no alliance for {pair} in {span}}}{baseline, select, same {} none {, baseline none} other {, baseline {before}}}; {recorded, select, yes {history has one in {history}} other {history has none in those years}}.',
  'after.legend': '3. Now, what do you think?',
  'explain.label': '4. Explain what you see',
  'teacher.summary': 'Teacher notes',
  'teacher.key': 'Key:',
})
