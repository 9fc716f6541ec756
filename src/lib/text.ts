/**
 * Control characters other than tab and newline break SVG and PNG exports and serve no purpose
 * in anything a student types. Every text that enters the store passes through this.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

export function stripControl(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL, '') : text
}

/** "and 3 more problems", in English. */
const englishMore = (more: number) => `and ${more} more ${more === 1 ? 'problem' : 'problems'}`

/**
 * At most `max` problems, then one line saying how many more there were, written by `moreLine`
 * (the caller's words in the language in use; English by default).
 */
export function capProblems(
  problems: readonly string[],
  max = 5,
  moreLine: (more: number) => string = englishMore,
): string[] {
  if (problems.length <= max) return [...problems]
  const more = problems.length - max
  return [...problems.slice(0, max), moreLine(more)]
}
