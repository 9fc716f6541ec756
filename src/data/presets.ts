import type { Preset } from '@/model/presets'

/**
 * Named counterfactuals for class. Each changes a few inputs of the model (never the history
 * series) and says what it asks students to think about, in short plain sentences a student can
 * read without the glossary (tests/data/preset-words.test.ts checks them).
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'russia-stays-communist',
    title: 'Russia stays communist',
    description:
      'In 1991 the Soviet Union breaks up, but the Communist Party keeps power in Moscow. Does Vietnam keep its 1978 treaty with Moscow? Do China and Russia become allies again once both face the United States?',
    changes: [{ layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }],
  },
  {
    id: 'no-sino-soviet-split',
    title: 'No Sino-Soviet split',
    description:
      'China and the Soviet Union never fall out over how communism should be run. Both keep seeing the United States as their common enemy until 1989. How long does their 1950 alliance last?',
    changes: [
      { layer: 'rift', id: 'CHN-RUS', from: 1960, to: 1988, value: false },
      { layer: 'threat', id: 'CHN-RUS', from: 1958, to: 1989, value: 'yes' },
    ],
  },
  {
    id: 'hanoi-beijing-stay-comrades',
    title: 'Hanoi and Beijing stay comrades',
    description:
      'Vietnam and China stay friends after 1975. Their ruling parties do not fall out, they do not fight over Cambodia, and there is no 1979 war. They keep facing a common enemy until 1991. Would their 1954–75 alliance have carried on?',
    changes: [
      { layer: 'rift', id: 'CHN-VNM', from: 1976, to: 1990, value: false },
      { layer: 'threat', id: 'CHN-VNM', from: 1976, to: 1990, value: 'yes' },
    ],
  },
  {
    id: 'north-korea-abandons-communism',
    title: 'North Korea abandons communism',
    description:
      'Kim Il Sung dies in 1994, and North Korea then gives up one-party communist rule. What happens to the one formal alliance China still keeps?',
    changes: [{ layer: 'regime', id: 'PRK', from: 1994, to: 2026, value: 'non-communist' }],
  },
  {
    id: 'vietnam-turns-non-communist',
    title: 'Vietnam turns non-communist',
    description:
      'In 1991 Vietnam follows Eastern Europe and ends one-party communist rule. Does the theory still expect its alliance with Laos? Once China threatens both, could Vietnam ally with the United States?',
    changes: [{ layer: 'regime', id: 'VNM', from: 1991, to: 2026, value: 'non-communist' }],
  },
  {
    id: 'no-south-china-sea-dispute',
    title: 'No South China Sea dispute',
    description:
      'After 1991 China and Vietnam settle their quarrels over the sea. Both see pressure from Western countries as a threat they share. Both conditions of the theory then hold, so the model predicts a new alliance. Is that believable?',
    changes: [{ layer: 'threat', id: 'CHN-VNM', from: 1991, to: 2026, value: 'yes' }],
  },
  // Presets over the out-of-sample case library: applying one shows both bodies of cases.
  {
    id: 'tito-stays-with-stalin',
    cases: 'out-of-sample',
    title: 'Tito never breaks with Stalin',
    description:
      "In 1948 Yugoslavia stays in Moscow's camp. The two parties never quarrel, and both treat the West as their enemy. Does the theory expect Belgrade to stay Moscow's ally?",
    changes: [
      { layer: 'rift', id: 'RUS-YUG', from: 1949, to: 1961, value: false },
      { layer: 'threat', id: 'RUS-YUG', from: 1949, to: 1989, value: 'yes' },
    ],
  },
  {
    id: 'albania-stays-with-moscow',
    cases: 'out-of-sample',
    title: 'Albania stays with Moscow',
    description:
      "In 1960 Albania sides with Moscow, not Beijing, and keeps facing the West with it. Would Albania have stayed in Moscow's alliance to the end?",
    changes: [
      { layer: 'rift', id: 'RUS-ALB', from: 1960, to: 1991, value: false },
      { layer: 'threat', id: 'RUS-ALB', from: 1961, to: 1989, value: 'yes' },
    ],
  },
  {
    id: 'mongolia-stays-communist',
    cases: 'out-of-sample',
    title: 'Mongolia stays communist',
    description:
      'In 1990 Mongolia keeps one-party communist rule, like its neighbour China. Does the theory now expect Mongolia and China to ally?',
    changes: [{ layer: 'regime', id: 'MNG', from: 1991, to: 2026, value: 'communist' }],
  },
  {
    id: 'india-turns-communist',
    cases: 'out-of-sample',
    title: 'India turns communist in 1971',
    description:
      'In 1971 a communist party takes power in India, the year it signs a treaty with Moscow. Does that treaty become a full alliance?',
    changes: [{ layer: 'regime', id: 'IND', from: 1971, to: 2026, value: 'communist' }],
  },
]
