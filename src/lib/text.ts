import { text } from '@/i18n/catalogue'
import { textWords } from './text.en'

/**
 * Control characters other than tab and newline break SVG and PNG exports and serve no purpose
 * in anything a student types. Every text that enters the store passes through this.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

export function stripControl(s: string): string {
  return CONTROL.test(s) ? s.replace(CONTROL, '') : s
}

/** At most `max` problems, then one line saying how many more there were. */
export function capProblems(problems: readonly string[], max = 5): string[] {
  if (problems.length <= max) return [...problems]
  const more = problems.length - max
  return [...problems.slice(0, max), text(textWords, 'more', { n: more, count: String(more) })]
}
