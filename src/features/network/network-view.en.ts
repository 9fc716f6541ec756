import { defineMessages } from '@/i18n/catalogue'

/** The alliance network: its legend, controls, edges for assistive technology and text twin. */
export const networkViewWords = defineMessages('network.view', {
  title: 'Alliance network in {year}',
  play: 'Play',
  pause: 'Pause',
  year: 'Network year',
  'line.history': 'History',
  'line.baseline': 'Model on history (baseline)',
  'line.scenario': 'Model on the scenario',
  differs: 'Scenario differs from history',
  alliance: 'alliance',
  'no-alliance': 'no alliance',
  edge: '{pair} in {year}: history {history}, baseline {baseline}, scenario {scenario}{differs, select, yes { (scenario differs from history)} other {}}. Show this pair in the timeline and table.',
  'mark.communist': 'C',
  'mark.other': 'N',
  none: 'none',
  separator: ', ',
  text: 'Nodes are states: filled with a C when communist under the scenario, open with an N when not; the communist ones come first, clockwise from the top.{gone, select, yes { Not drawn: {absent}, which did not exist in {year}.} other {}} In {year}, history has alliances between {history}; the model predicts {baseline} on history and {scenario} under the scenario.{adds, select, yes { The scenario adds {gained}.} other {}}{lacks, select, yes { It lacks {lost}.} other {}}',
  hint: 'Choose an edge (click, or Tab to it and press Enter) to see that pair in the timeline and the <a>table</a>.',
})
