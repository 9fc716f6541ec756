import { defineMessages } from '@/i18n/catalogue'

/**
 * Why an answer code cannot be written or read, as the student or the teacher reads it. The code's
 * own tag (AE1-) and the question names (alliance, defence, threat, end) stay as they are.
 */
export const answerCodeWords = defineMessages('share.answer-code', {
  'no-nickname': 'write your nickname first',
  'marks.count': '{n} answers where it asks {asks}',
  'marks.end': '“{mark}” is not one of its end years',
  'marks.answer': '“{mark}” is no answer to its {question} question',
  'nickname.unclean': 'the nickname is not clean text',
  'reason.unclean': 'a reason is not clean text',
  'contents.unfit': 'its contents do not fit',
  'issue.at': 'at {path}: {message}',
  damaged: 'damaged: {detail}',
  'too-long': 'too long: {n} characters, more than any answer code of this lesson ({max})',
  'not-a-code': 'not an answer code (answer codes start with {tag})',
  newer: 'made by a newer version of the explorer ({tag}): reload the page to update it',
  'cut-off': 'it is cut off after its first few characters',
  changed: 'part of it is missing or changed (copy the whole code again)',
  'bad-characters': 'it holds characters no answer code has',
  unreadable: 'its contents are not readable',
  'no-lesson': 'it names no lesson',
  'other-lesson': 'made for another lesson ({lesson})',
  'other-version':
    'made for another lesson (a different version of {lesson}: its cases or exercises have changed)',
  case: 'case {i} ({id}): {problem}',
  exercise: 'exercise {i}: “{marks}” is no answer',
  'not-written': 'it is not written the way the explorer writes codes',
  nothing: 'not an answer code: there is nothing to read',
  'could-not-read': 'damaged: it could not be read',
  'paste.too-long':
    'too long: {n, number} characters, more than any {codes} codes with their chatter ({max, number} at most): paste fewer at a time',
  'paste.too-many': 'more than {codes} codes in one paste: paste the rest separately',
  'paste.none': 'no answer codes found (answer codes start with {tag})',
  'paste.unreadable': 'the paste could not be read',
  replaced: 'replaced by the later code of the same nickname on line {line}',
})
