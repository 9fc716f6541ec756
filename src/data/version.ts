/*
 * The dataset's version and its changelog of corrections. Links, scenario files, the autosave,
 * chart images and the handout record DATA_VERSION, so that work made on older data can say so
 * when it is opened. docs/data-changelog.md mirrors DATA_CHANGELOG (a test keeps the two in step).
 *
 * Versions are YEAR.MONTH ("2026.12"), compared as numbers: 2026.9 comes before 2026.12.
 */

/** The version of the data this build carries. Bump it, and add an entry below, with every correction. */
export const DATA_VERSION = '2026.12'

/** How the changelog and the messages name the data from before versions were recorded. */
export const UNVERSIONED = 'before 2026.12'

export interface DataChange {
  /** What changed, in a line: the pair or series, the years and the new coding. */
  readonly what: string
  /** Why it changed. */
  readonly why: string
  /** Which of the app's figures moved, e.g. "default accuracy 89% -> 88%". */
  readonly figures?: string
}

export interface DataRelease {
  /** A YEAR.MONTH version, or UNVERSIONED for the first data. */
  readonly version: string
  /** The release date, YYYY-MM-DD. */
  readonly date: string
  readonly changes: readonly DataChange[]
}

const SEE_README = 'see README figures'

/** Every release of the data, newest first. */
export const DATA_CHANGELOG: readonly DataRelease[] = [
  {
    version: '2026.12',
    date: '2026-12-01',
    changes: [
      {
        what: 'North Korea–Russia, essay series: allied 1961–91, not allied 1992–2023, allied again 2024–26',
        why: 'The essay does not code this pair, so the series now follows the treaty record: the 1961 Soviet–North Korean mutual-assistance treaty until the Soviet Union ended, later treaties with no defence pledge, and the 2024 treaty that promises immediate military help.',
        figures: SEE_README,
      },
      {
        what: 'China–Russia, COW series 1996–2012: no alliance',
        why: 'The entry COW lists for these years is the 1996 Shanghai Five agreement, signed by five states; it is a multilateral border accord, not an alliance between the two.',
        figures: SEE_README,
      },
      {
        what: 'ATOP series: defence pacts also carry their non-aggression obligation',
        why: 'ATOP records every obligation a treaty holds; where a defence pact also promises non-aggression, both are now listed, not only the stronger one.',
      },
      {
        what: 'COW years after 2012 and ATOP years after 2018: "not covered" instead of "no alliance", and left out of the metrics',
        why: 'The two datasets end in those years. Counting the years after them as "no alliance" scored the model against missing data.',
        figures: SEE_README,
      },
      {
        what: 'Vietnam–Cambodia, shared threat 1956–69: contested',
        why: 'Whether neutral Cambodia and North Vietnam faced a common enemy in these years is disputed; the cells now say so instead of settling it.',
        figures: SEE_README,
      },
      {
        what: 'Vietnam–Laos, shared threat 1977–79: coded by hand, with China named as an adversary from 1979',
        why: 'These years are now coded from the sources one by one; after the 1979 border war China was a threat to both Hanoi and Vientiane.',
      },
      {
        what: 'China–Cambodia, shared threat 1960–69: the adversary is named',
        why: 'The cells said the threat was partly shared without naming it; every such cell now names the state it concerns.',
      },
      {
        what: 'Multilateral COW entry of 1962–64 involving Laos: identified as the 1962 Geneva Declaration on the Neutrality of Laos',
        why: 'It was described only as an unnamed multilateral entry; it is the July 1962 Geneva declaration, and it stays out of the bilateral series.',
      },
      {
        what: 'Pair names follow the period: "China–Soviet Union" up to 1991, "China–Russia" after',
        why: 'A pair is now labelled with the names its states had in the year shown, so cells from the 1950s no longer speak of Russia.',
      },
      {
        what: 'Sources: reposts and mirrors replaced by canonical pages where one exists',
        why: "A reader should land on the publisher's or the archive's own page, which lasts longer and can be trusted more than a copy.",
      },
      {
        what: "Mutual-defence series: Vietnam–Soviet Union coded on Lan's reading of Article 6 of the 1978 treaty",
        why: "The series stands for Lan's definition of an alliance, a treaty with a defence obligation, and Lan reads Article 6 as one; the stricter reading (consultation only) is kept as the contested alternative.",
        figures: SEE_README,
      },
      {
        what: 'Metrics: trivial-rule baselines shown beside the model',
        why: 'An accuracy figure says little until it is set beside a rule that always predicts "no alliance" or always "alliance"; the baselines show what the two criteria add.',
      },
    ],
  },
  {
    version: UNVERSIONED,
    date: '2026-11-27',
    changes: [
      {
        what: 'First coding: seven states and eleven pairs, 1949–2026, in sourced spans with five alliance series',
        why: 'The data the explorer first shipped with. Links, scenario files, chart images and handouts made on them carry no data version.',
      },
    ],
  },
]

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
