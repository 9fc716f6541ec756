import { defineMessages } from '@/i18n/catalogue'

/**
 * The problems found in a scenario file or the autosave. Each starts with the place in the file
 * (its JSON path, such as changes[3], which stays as it is: the reader finds the field from it).
 */
export const scenarioFileWords = defineMessages('share.scenario-file', {
  issue: '{where}: {message}',
  'where.file': 'the file',
  'where.change': '{path} ({id}{years})',
  'change.unknown-state': '{where}: unknown state "{id}" ({layer}, {years})',
  'change.unknown-pair': '{where}: unknown pair "{id}" ({layer}, {years})',
  'change.backwards': '{where} ({id}): the span {from}–{to} ends before it starts',
  'change.outside': '{where} ({id}, {layer}): years {years} are outside {first}–{last}',
  'lesson.no-item': 'lesson step {step}: no coding item is called "{item}"',
  'lesson.where': 'lesson step {step} ("{title}")',
  'lesson.unknown-pair': '{where}: unknown pair "{id}"',
  'lesson.outside': '{where}: years {from}–{to} are outside {first}–{last}',
  'lesson.change': '{where}, change',
  'undo.log-length': '{field}.logLength: longer than the saved log',
  'view.years': 'view: the year range {from}–{to} is not within {first}–{last}',
  'view.hidden': 'view.hiddenDyads: unknown pair "{id}"',
  'view.focus': 'view.focus: unknown pair or year "{id}", {year}',
  'view.table': 'view.table.dyad: unknown pair "{id}"',
  'head.too-big':
    'the file is {mb} MB, more than any scenario the explorer saves ({max} MB at most), so it was not read',
  'head.not-json': 'the file is not JSON ({error})',
  'head.no-object': 'the file is not a scenario: it holds no JSON object',
  'head.format': 'the file is not an explorer scenario (its "format" should be "{format}")',
  'head.no-version': 'the file has no format version (this version reads version {version})',
  'head.bad-version':
    "the file's format version ({found}) is unknown; this version reads version {version}",
  'head.newer':
    'the file was saved by a newer version of the explorer (version {found}); this version reads version {version}',
  'head.too-many':
    'the file holds {n, number} changes, more than any scenario the explorer saves ({max, number} at most, undo history included), so it was not read',
  'cases.bad': 'cases: {problem}',
  'cases.not-valid': 'not valid',
  'salvage.more': 'changes: {n} more changes could not be read',
  'salvage.unknown-field': '{field}: not a part of a scenario file',
})
