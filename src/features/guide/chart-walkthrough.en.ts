import { defineMessages } from '@/i18n/catalogue'

/** "How to read this chart": the button and the four numbered notes on one row of the timeline. */
export const chartWalkthroughWords = defineMessages('guide.chart-walkthrough', {
  button: 'How to read this chart',
  title: 'How to read this chart',
  row: 'The numbers on the row <b>{label}</b> match the notes below.',
  history:
    '<b>History</b> (top band, solid dark): the years the pair was allied as recorded, here {runs}.',
  model:
    '<b>The model on history</b>, the baseline (second band, blue): the years the rule predicts an alliance from the recorded codings, here {runs}. Where the two bands part, the model misses an alliance or predicts one that did not happen.',
  'scenario.moved':
    '<b>The model on the scenario</b> (third band, orange stripes): drawn only on the pairs whose prediction your scenario moves; here {runs}.',
  'scenario.none':
    '<b>The model on the scenario</b> (third band, orange stripes): it appears under a pair only once a scenario moves its prediction. Try a preset to see it.',
  marks:
    "<b>Divergence marks</b>: a triangle and the years beside the run where the scenario's prediction leaves the baseline{moved, select, yes { (here {runs})} other {}}, and pink shading across the row where the model differs from history. {atRest, select, yes {Neither is drawn at rest: they appear with a scenario or a changed setting.} other {They appear only with a scenario or a changed setting.}}",
  close: 'Close the guide',
})
