import { defineMessages } from '@/i18n/catalogue'

/**
 * The dyad-year table's column headers (by column id, which is the CSV's column name) and the
 * words its cells show.
 */
export const columnWords = defineMessages('table.columns', {
  'header.dyad': 'Pair',
  'header.year': 'Year',
  'header.predicted': 'Predicted',
  'header.outcome': 'Outcome',
  'header.ideology_a': 'First state',
  'header.ideology_b': 'Second state',
  'header.shared_ideology': 'Shared ideology',
  'header.ideological_rift': 'Party rift',
  'header.shared_threat': 'Shared threat',
  'header.alliance_essay': 'Essay: allied',
  'header.alliance_treaty_any': 'Any treaty',
  'header.alliance_treaty_defense': 'Defence treaty',
  'header.cow_type': 'COW type',
  'header.atop_defense': 'ATOP defence',
  'header.atop_nonaggression': 'ATOP non-aggression',
  'header.confidence': 'Confidence',
  'header.sources': 'Sources',
  'header.atop_consultation': 'ATOP consultation',
  'header.common_adversary': 'Common adversary',
  'header.name_a': 'First state name',
  'header.name_b': 'Second state name',
  'header.scenario_changed': 'Changed by scenario',
  'header.contested': 'Contested codings',
  'header.data_version': 'Data version',
  'value.alliance': 'Alliance',
  'value.none': 'None',
  'value.yes': 'Yes',
  'value.no': 'No',
  'value.not-covered': 'Not covered',
  'value.not-applicable': 'Not applicable',
  'value.counterfactual': 'counterfactual',
  'value.your-case': 'your case',
})
