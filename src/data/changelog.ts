import { UNVERSIONED } from './version'

/*
 * The data's changelog of corrections, newest first. docs/data-changelog.md mirrors it (a test keeps
 * the two in step). Kept apart from version.ts so the first page load does not carry it.
 */

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

/** Every release of the data, newest first. */
export const DATA_CHANGELOG: readonly DataRelease[] = [
  {
    version: '2026.12',
    date: '2026-12-01',
    changes: [
      {
        what: 'North Korea–Russia, essay series: allied 1961–91, not allied 1992–2023, allied again 2024–26',
        why: 'The essay does not code this pair, so the series applies its logic: the 1961 mutual-assistance treaty between two communist states until the Soviet Union ended, not the consultation-only 2000 treaty, and the 2024 treaty whose Article 4 promises immediate military help. The old coding counted 1992–2023 as allied.',
        figures:
          'Default view (essay series, with the threat corrections below): accuracy 88.8% → 93.1%, misses 46 → 20, false alarms 50 → 39; 29 of the 46 old misses came from this series.',
      },
      {
        what: 'China–Russia, COW series 1996–2012: no alliance',
        why: "The COW entry for these years is the multilateral Shanghai Five agreement of 26 April 1996 (coded the same for China's pairs with Kazakhstan, Kyrgyzstan and Tajikistan); multilateral entries are left out.",
        figures: 'COW series: see the next line.',
      },
      {
        what: 'ATOP series: defence pacts also carry their non-aggression obligation',
        why: 'ATOP codes both obligations for China–Russia 1950–80, China–North Korea 1961–2018 and North Korea–Russia 1961–96; only the defence one had been kept.',
      },
      {
        what: 'COW years after 2012 and ATOP years after 2018: "not covered" instead of "no alliance", and left out of the metrics',
        why: 'The two datasets end in those years. Counting the years after them as "no alliance" scored the model against missing data (China–North Korea got 14 COW and 8 ATOP false alarms for a treaty plainly in force).',
        figures:
          'COW series: 858 → 704 dyad-years scored, accuracy 69.4% → 70.2%; ATOP series: 858 → 770, accuracy 64.9% → 64.0%.',
      },
      {
        what: "China–Russia 1949: the rationale says COW and ATOP code the USSR's 1945 treaty with the Republic of China",
        why: 'The PRC pair stays "no alliance" in 1949, but the old note claimed there was no alliance of any kind before 1950.',
      },
      {
        what: 'Vietnam–Cambodia, shared threat 1956–69: contested (South Vietnam)',
        why: "The rivalry data make Saigon a rival of both Hanoi and Sihanouk's Cambodia; the old coding said no common adversary.",
      },
      {
        what: 'Vietnam–Laos, shared threat 1977–79: coded by hand, with China named as an adversary from 1979',
        why: 'The Laos–Thailand rivalry in the data starts only in 1980, so 1977–79 rest on hand-coded evidence, now said so; China was hostile to both from its 1979 attack on Vietnam.',
      },
      {
        what: 'China–Cambodia, shared threat 1960–69: the adversary is named',
        why: 'No adversary may be unnamed: South Vietnam and Thailand for 1960–64, the United States for 1965–69, after Cambodia broke with it in May 1965. The schema now refuses a placeholder adversary.',
      },
      {
        what: 'Multilateral COW entry of 1962–64 involving Laos: identified as the 1962 Geneva Declaration on the Neutrality of Laos',
        why: 'COW #267 is the declaration of 23 July 1962 with thirteen signatories, a neutrality pledge; the notes now name it instead of calling it an unnamed or ASEAN entry.',
      },
      {
        what: "Names and dates: the 2023 comprehensive strategic partnership, the Workers' Party of Korea, Democratic Kampuchea",
        why: "The Vietnam–US partnership of 10 September 2023 is a comprehensive strategic one; the Workers' Party of Korea formed in June 1949 (the Workers' Party of North Korea ruled from 1948); the name Democratic Kampuchea dates from January 1976.",
      },
      {
        what: 'Pair names follow the period: "China–Soviet Union" up to 1991, "China–Russia" after',
        why: 'A pair is labelled with the names its states had in the year shown, so Soviet years no longer speak of Russia.',
      },
      {
        what: "Mutual-defence series: Vietnam–Soviet Union coded on Lan's reading of Article 6 of the 1978 treaty; the Laos (1977) and Kampuchea (1979) treaties both left out",
        why: "The series stands for Lan's definition of an alliance, a treaty obliging a party to act if the other is attacked, and Lan reads Article 6 as one; the stricter reading (consultation only) is the contested alternative. Both Article 2 texts pledge support for defence capacity, not defence, so they are coded alike.",
        figures:
          "Mutual-defence series: accuracy 75.2% → 75.9%; Vietnam's ally under Lan's reading changes from Cambodia to the USSR/Russia (1978–94).",
      },
      {
        what: 'Vietnam–Russia, any-treaty series 1995–2026: the 1994 treaty counts',
        why: "ATOP codes a consultation obligation for these years, which this series counts; we have not read the treaty's text, so the cell is contested.",
        figures: 'Any-treaty series: accuracy 75.3% → 72.5%.',
      },
      {
        what: "Judgment calls: Vietnam–Russia threat after 1994 no; the DRV's 1949–53 threats; a North Korea–USSR party rift 1962–64; North Korea in 1979; Soviet one-party rule in 1990–91",
        why: "No evidence of a common adversary for Vietnam and Russia after 1994; the DRV's threats are no with the USSR and North Korea (and with China in 1949), contested with China in 1950–53; Pyongyang sided with Beijing against Moscow in 1962–64; the essay's \"silence\" in 1979 and the ambassador's account are both recorded; 1990–91 stay communist, with Article 6's repeal as the contested reading.",
        figures:
          '"Russia stays communist" now predicts a Vietnam–Russia alliance 1992–94 only (43 dyad-years diverge, not 75).',
      },
      {
        what: 'Sources: reposts, mirrors and book scans replaced by canonical pages or book citations',
        why: "A reader should land on the publisher's, the dataset's or the archive's own page; books are cited without a link. COW and ATOP are cited as datasets, and Vu's reply (S27R) has its own entry.",
      },
      {
        what: 'Metrics: trivial-rule yardsticks and alliance onsets and ends shown beside the model',
        why: 'An accuracy figure says little until it is set beside "always no alliance" and "same as last year"; the Fit view and the handout say how far the theory beats them, and how many onsets and ends it catches within ±2 years.',
        figures:
          'Default view: always no alliance 69.3%, same as last year 98.5%; onsets caught 3 of 8, ends 3 of 5.',
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
