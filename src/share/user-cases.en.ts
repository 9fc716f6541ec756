import { defineMessages } from '@/i18n/catalogue'

/**
 * What is wrong with a user's case file, naming the row (in a CSV), the state or pair, the field
 * and the years. Column names, field names and their values (record, pair, regime, yes, no) are
 * the file format's own and stay as they are.
 */
export const userCasesWords = defineMessages('share.user-cases', {
  'max.sources': 'at most {max} sources',
  'max.states': 'at most {max} states of your own',
  'max.pairs': 'at most {max} pairs of your own',
  'too-many-spans': 'has {n} spans and names, more than the {max} one case may hold',
  'record.source': 'source',
  'record.state': 'state',
  'record.pair': 'pair',
  'record.other': 'record',
  'no-id': '(no id)',
  'the-cases': 'the cases',
  row: 'Row {row}',
  'row.what': 'Row {row} ({what})',
  problem: '{where}: {problem}',
  'unknown-fields': '{n, plural, one {unknown field {fields}} other {unknown fields {fields}}}',
  missing: 'is missing',
  empty: 'is empty',
  'built-in.source':
    '{where}: the built-in data already cite a source with this id, and the built-in history never changes. Give your source another id (you may cite {id} as it is without listing it).',
  'built-in.state':
    '{where}: {id} is a built-in state, and the built-in history never changes. Give your state another id, or add a pair that joins {id} to a state of your own.',
  'built-in.pair':
    '{where}: the built-in data already hold this pair, and the built-in history never changes. Change its codings in the explorer itself, or add another pair.',
  'built-in.pair-as':
    '{where}: the built-in data already hold this pair (as {known}), and the built-in history never changes. Change its codings in the explorer itself, or add another pair.',
  more: '…and {n} more problems',
  'csv.unknown-column': 'Row 1: unknown column "{column}" (the columns are {columns})',
  'csv.column-twice': 'Row 1: the column "{column}" is there twice',
  'csv.column-no-name': 'Row 1: column {i} has no name, but rows below fill it',
  'csv.column-missing': 'Row 1: the column "{column}" is missing',
  'csv.more-cells': 'Row {row}: more cells than there are columns',
  'csv.id-empty': 'id is empty',
  'csv.record': 'record must be source, state or pair',
  'csv.field-source': 'field must be title',
  'csv.field-state': 'field must be short, name or regime',
  'csv.field-pair': 'field must be {fields}',
  'csv.stray':
    '{n, plural, one {{columns} is not used in a {record} {field} row, so it would be lost: leave it empty} other {{columns} are not used in a {record} {field} row, so it would be lost: leave them empty}}',
  'csv.years': 'from and to must be years such as 1961 and 1975',
  'csv.source-twice': 'this source is listed twice',
  'csv.short-twice': 'the state has two short rows',
  'csv.yes-no': 'value must be yes or no',
  'json.not-json': 'The file is not JSON ({error}).',
  'json.no-object': 'The file holds no JSON object, so it holds no cases.',
  'json.format': 'The file is not a case file: its "format" should be "{format}".',
  'json.format-scenario':
    'The file is not a case file: its "format" should be "{format}". It is a scenario file: open it with "Open scenario" instead.',
  'json.newer':
    'The file was written for a newer version of the explorer (version {version}); this one reads version {current}.',
  'json.version': 'The file\'s "version" should be {current}.',
  'file.too-long':
    'The file has {n, number} characters, more than the {max, number} a case file may hold, so it was not read.',
  'file.empty': 'The file is empty.',
  'file.nothing': 'The file adds no state and no pair.',
  'file.unreadable': 'The file could not be read ({error}).',
})
