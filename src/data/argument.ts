/**
 * The essay's argument, point by point, in our own words (Vu 2021, read with the sources in
 * sources.ts). Each point names the pairs of states it is about and the years to look at, so the
 * app can take a reader from the claim to the case on the timeline. `short` and `brief` make the
 * point's one line on the printed handout.
 */
export interface ArgumentPoint {
  /** Stable kebab-case id. */
  readonly id: string
  readonly title: string
  /** Two or three short sentences. */
  readonly text: string
  /** A title of a word or three for the printed handout. */
  readonly short: string
  /** One short clause for the handout, which prints `${short}: ${brief}` on one line. */
  readonly brief: string
  /** Dyad ids, as in dyads.ts, of the cases the point is about. */
  readonly dyads: readonly string[]
  /** The years of those cases to look at; the first is the year the timeline jumps to. */
  readonly years?: readonly [number, number]
  /** Source ids, as in sources.ts: the essay and the sources behind each fact. */
  readonly sources: readonly string[]
}

/** In reading order: why ideology matters, why the exceptions count, then the cases by date. */
export const ARGUMENT: readonly ArgumentPoint[] = [
  {
    id: 'mechanism',
    title: 'The mechanism: the party commands the army',
    text: "In China and Vietnam the army serves the communist party first and the state second. Close military work with a state of another creed could weaken the party's command of its troops, and these rulers guard their hold at home as carefully as their borders, so a common enemy alone never makes an ally. Hanoi's partners of 1954–75 passed both tests: communist, and facing the United States.",
    short: 'Party and army',
    brief: 'a common enemy alone is not enough',
    dyads: ['VNM-RUS', 'CHN-VNM', 'VNM-PRK'],
    years: [1954, 1975],
    sources: ['VU2021', 'S68', 'S40', 'S41'],
  },
  {
    id: 'deviant-cases',
    title: 'Why the odd-looking cases are kept',
    text: "Many scholars set the China–North Korea alliance aside as an anomaly, and Vietnam's tie to Laos likewise breaks Hanoi's own rule against alliances. Vu keeps both: two exceptions of the same shape point to a pattern, and leaving them out would pick cases by their outcome and bias the result. Both alliances outlived the Cold War, in his reading because both pairs still share interests and ideology.",
    short: 'Exceptions',
    brief: 'the two surviving alliances confirm the rule',
    dyads: ['CHN-PRK', 'VNM-LAO'],
    years: [1991, 2026],
    sources: ['VU2021', 'S13', 'S26', 'S27'],
  },
  {
    id: 'treaty-1961',
    title: "Beijing's motive for the 1961 treaty",
    text: "The last Chinese soldiers left North Korea in 1958; in July 1961 Beijing signed a mutual-assistance treaty with Pyongyang, days after Moscow had signed one of its own. Vu reads the motive as rivalry: as the split deepened, Beijing wanted to keep Pyongyang from drifting into the Soviet camp. The treaty promises immediate military aid if either is attacked and is China's only alliance today.",
    short: '1961 treaty',
    brief: "Beijing's bid to keep Pyongyang from Moscow",
    dyads: ['CHN-PRK', 'PRK-RUS'],
    years: [1961, 1969],
    sources: ['VU2021', 'S46', 'S10', 'S11', 'S14', 'S9'],
  },
  {
    id: 'test-ban-1963',
    title: 'The 1963 Test Ban Treaty as a wedge',
    text: 'The Sino-Soviet split of the early 1960s had ideological roots, and Vu adds that Washington used the 1963 Limited Test Ban Treaty to drive the two further apart. With the shared creed gone, the 1969 border war ended the alliance in practice, although its treaty stayed in force on paper until 1980.',
    short: '1963 test ban',
    brief: 'a US wedge in the Sino-Soviet split',
    dyads: ['CHN-RUS'],
    years: [1963, 1969],
    sources: ['VU2021', 'S2', 'S49', 'S48', 'S3'],
  },
  {
    id: 'united-front',
    title: "China's early-1970s 'united front' proposal",
    text: "In the early 1970s Beijing proposed a 'united front' of the region's five revolutionary states (China, North Korea, North Vietnam, Laos and Cambodia), chiefly to squeeze Soviet influence out of Asia. Hanoi moved closer to Moscow instead, and once the war was won the two shared a new interest: hemming China in.",
    short: 'United front',
    brief: 'an anti-Soviet plan that sent Hanoi to Moscow',
    dyads: ['VNM-RUS', 'CHN-VNM'],
    years: [1970, 1978],
    sources: ['VU2021', 'S68'],
  },
  {
    id: 'treaty-1978',
    title: "The 1978 Soviet–Vietnamese treaty's 25-year term",
    text: 'The Treaty of Friendship and Cooperation of November 1978 was to run for 25 years, to 2003, and bound the two to consult if either was attacked. Hanoi gave it up in 1994 for a treaty without a defence clause: post-Soviet Russia no longer shared its ideology, even though both arguably still had reason to watch China.',
    short: '1978 treaty',
    brief: 'due until 2003, dropped after the USSR fell',
    dyads: ['VNM-RUS'],
    years: [1978, 2003],
    sources: ['VU2021', 'S18', 'S19', 'S20', 'S21'],
  },
  {
    id: 'independent-foreign-policy',
    title: "China's 1982 'independent foreign policy'",
    text: "In the 1980s Beijing and Washington cooperated militarily against Moscow, so the threat test was met. Yet in 1982 the Communist Party's 12th Congress pledged to tie China to no great power or bloc, because the United States remained an imperialist and ideological foe. No alliance followed, and apart from North Korea China has avoided alliances since.",
    short: '1982 policy',
    brief: 'a threat shared with the US, but no alliance',
    dyads: ['CHN-USA'],
    years: [1982, 1989],
    sources: ['VU2021', 'S66', 'S68', 'S52'],
  },
  {
    id: 'lessons-1979-1988',
    title: 'What Vietnam learned from 1979 and 1988',
    text: 'The Soviet treaty did not stop China from invading Vietnam in February 1979, nor from taking Johnson South Reef from Vietnamese control in March 1988. Once its troops were out of Cambodia in 1989, Hanoi opened up and chose to stand outside every alliance, steering its own course after the Cold War.',
    short: '1979 and 1988',
    brief: 'a Soviet ally did not deter China',
    dyads: ['CHN-VNM', 'VNM-RUS'],
    years: [1978, 1991],
    sources: ['VU2021', 'S53', 'S55', 'S56', 'S57'],
  },
  {
    id: 'three-nos',
    title: "Vietnam's 'Three Nos'",
    text: "Hanoi's defence policy rules out military alliances, foreign bases on its soil and relying on one power against another. Washington is now a close partner against Chinese pressure at sea but shares no creed with the party; as a Vietnamese saying has it, siding with America costs the party and siding with China costs the country. Laos, which meets both tests, is the one exception.",
    short: 'Three Nos',
    brief: 'the US shares the threat, not the creed',
    dyads: ['VNM-USA', 'VNM-LAO'],
    years: [2009, 2026],
    sources: ['VU2021', 'S64', 'S65', 'S26'],
  },
]
