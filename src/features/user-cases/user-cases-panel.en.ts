import { defineMessages } from '@/i18n/catalogue'

/** "Your own cases": adding a state or a pair from a file, what went wrong, and the list. */
export const userCasesWords = defineMessages('user-cases.user-cases-panel', {
  heading: 'Your own cases',
  hint: 'Add a state or a pair the built-in history leaves out, coded the same way: a value, confidence, sources and a one-line reason for every span of years. The built-in history never changes; your cases are marked “{mark}” everywhere and are saved with your scenario. Start from a worked example (USSR–Ethiopia): <csv>template as CSV</csv> or <json>as JSON</json>. The columns are explained in the formats guide (<code>docs/formats.md</code>).',
  open: 'Open a case file (CSV or JSON)',
  'file-label': 'Case file to open',
  paste: 'Or paste a case file (CSV or JSON)',
  add: 'Add the pasted cases',
  'problems.file':
    '{name} was not added, and nothing changed. Please fix {n, plural, one {this problem} other {these problems}}:',
  'problems.pasted':
    'the pasted text was not added, and nothing changed. Please fix {n, plural, one {this problem} other {these problems}}:',
  'added.file': 'Added from {name}: {added}.',
  'added.pasted': 'Added from the pasted text: {added}.',
  'too-large':
    'The file is larger than any case file may be ({n, number} characters), so it was not read.',
  unreadable: 'The file could not be read ({reason}).',
  'not-fit': 'These cases do not fit the built-in history.',
  none: 'You have not added any case of your own.',
  list: 'Your cases',
  state: '{name}: a state ({id})',
  'state.with-pairs': '{name}: a state ({id}); removing it also removes your pairs with it',
  pair: '{name}: a pair ({id})',
  removed: 'Removed {name}.',
  remove: 'Remove <name/>',
})
