import { defineMessages } from '@/i18n/catalogue'

/**
 * The codings behind the focused dyad-year. The coding notes (rationales, contested notes, the
 * common adversary) and the source titles are the data's own English: `<en>` marks them.
 */
export const focusDetailsWords = defineMessages('timeline.focus-details', {
  prompt:
    "Point at the timeline, or tab to a row and use the arrow keys, to see one year's codings.",
  heading: '{pair}, {year}',
  absent: '<b>{states} did not exist</b> in {year}: {explained}.',
  alliance: 'alliance',
  'no-alliance': 'no alliance',
  'not-covered': 'not covered',
  models:
    'History ({series}): <b>{history}</b> · Baseline model: <b>{baseline}</b> · Scenario: <b>{scenario}</b> ({outcome}: {explained})',
  'models.lag':
    'History ({series}): <b>{history}</b> · Baseline model: <b>{baseline}</b> · Scenario: <b>{scenario}</b> ({outcome}: {explained}). {lag}',
  'lag.both':
    'The predicted alliance is kept by the {lag}-year exit lag (both criteria last held in {last}).',
  'lag.baseline':
    "The baseline's predicted alliance is kept by the {lag}-year exit lag (both criteria last held in {last}).",
  'lag.scenario':
    "The scenario's predicted alliance is kept by the {lag}-year exit lag (both criteria last held in {last}).",
  codings:
    '{a}: {regimeA}; {b}: {regimeB}. Shared threat: {threat}{adversary}. Party rift: {rift, select, yes {yes} no {no} other {not applicable (a rift counts only between two ruling communist parties)}}.{changed, select, yes { Changed by the scenario.} other {}}',
  adversary: ' (<en>{name}</en>)',
  'adversary.counterfactual': ' (counterfactual)',
  'threat-coding':
    'Threat coding: <en>{rationale}</en> <sources/> Confidence: {confidence}.{contested, select, yes { Contested: <en>{note}</en>} other {}}',
  'alliance-coding':
    'Alliance coding: <en>{rationale}</en> <sources/> Confidence: {confidence}.{contested, select, yes { Contested: <en>{note}</en>} other {}}',
  'english-note': 'The coding notes and the titles of the sources are in English, as in the data.',
})
