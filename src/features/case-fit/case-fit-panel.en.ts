import { defineMessages } from '@/i18n/catalogue'

/** Does the rule travel? The model's fit on the essay's cases beside the cases added to test it. */
export const caseFitWords = defineMessages('case-fit.panel', {
  heading: "Does the rule travel beyond the essay's cases?",
  sentence:
    "Accuracy on the essay's cases {essay}, <term>out of sample</term> {outOfSample}, on all cases {all}.",
  'all-cases': 'All cases',
  'why.ally-across-ideology': 'allied although one of the two was not ruled by a communist party',
  'why.ally-despite-rift': 'allied although their ruling parties were in open rift',
  'why.ally-without-threat': 'allied without a threat the model counts as shared',
  'why.no-ally-despite-both': 'both criteria held, yet no alliance',
  'model.alliance': 'Model: alliance',
  'model.none': 'Model: none',
  'history.alliance': 'History: alliance',
  'history.none': 'History: none',
  'every-reading': 'Accuracy under every rule and alliance definition',
  'every-reading.caption':
    'Accuracy of each rule against each alliance definition, per body of cases',
  rule: 'Rule',
  definition: 'Alliance definition',
  caption:
    "The model's fit on each body of cases, beside rules that know nothing of threats or ideology",
  column: '{group} ({n, plural, one {# pair} other {# pairs}})',
  scored: 'Dyad-years scored',
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  'always-no': 'Always “no alliance”',
  'same-as-last-year': 'Same as last year',
  confusions: 'Confusion matrices',
  counter: 'Where history goes most against the rule',
  'counter.none': 'Nowhere: under these settings history never goes against the rule.',
  'counter.item': '<b>{pair}</b>, {years} ({group}): {why}.',
  questions: "Questions about the theory's scope",
  'question.communist':
    'Does the rule hold only for pairs of communist states? Look for a communist state in a treaty with a state that was not communist.',
  'question.small-state':
    'Does it hold only for a small state next to a great power, such as Mongolia, Albania or Laos?',
  'question.criterion':
    'Which criterion does the work out of sample: would a shared threat alone, or shared ideology alone, do better? Open the table below.',
})
