/*
 * The dataset's version. Links, scenario files, the autosave, chart images and the handout record
 * DATA_VERSION, so that work made on older data can say so when it is opened. The changelog of
 * corrections is in changelog.ts, loaded only when someone opens it.
 *
 * Versions are YEAR.MONTH ("2026.12"), compared as numbers: 2026.9 comes before 2026.12.
 */

/** The version of the data this build carries. Bump it, and add an entry to changelog.ts, with every correction. */
export const DATA_VERSION = '2026.12'

/** How the changelog and the messages name the data from before versions were recorded. */
export const UNVERSIONED = 'before 2026.12'

/** [year, month] of a YEAR.MONTH version, or null if it is not one. */
export function parseDataVersion(v: string): readonly [number, number] | null {
  const m = /^(\d{4})\.(\d{1,2})$/.exec(v)
  if (!m) return null
  const month = Number(m[2])
  return month >= 1 && month <= 12 ? [Number(m[1]), month] : null
}

/**
 * How the data some work was made on compare with this build's: 'older' when it names an earlier
 * version, none at all (made before versions were recorded) or something unreadable; 'newer'
 * when it was made by a later build.
 */
export function dataAge(
  made: string | null | undefined,
  current: string = DATA_VERSION,
): 'current' | 'older' | 'newer' {
  const a = made ? parseDataVersion(made) : null
  const b = parseDataVersion(current)
  if (!a || !b) return made === current ? 'current' : 'older'
  const diff = a[0] - b[0] || a[1] - b[1]
  return diff < 0 ? 'older' : diff > 0 ? 'newer' : 'current'
}

/** The id of the data changelog's disclosure in the About row, which notices link to. */
export const CHANGELOG_ID = 'data-changelog'
