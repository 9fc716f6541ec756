import type { Preset } from '@/model/presets'

/**
 * Named counterfactuals for class. Each changes a few inputs of the model (never the history
 * series) and says, for the teacher, what it asks students to think about.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'russia-stays-communist',
    title: 'Russia stays communist',
    description:
      'The Soviet collapse of 1991 leaves a communist party in power in Moscow. Does Hanoi keep its 1978 treaty, and do Beijing and Moscow ally once both face Washington again?',
    changes: [{ layer: 'regime', id: 'RUS', from: 1992, to: 2026, value: 'communist' }],
  },
  {
    id: 'no-sino-soviet-split',
    title: 'No Sino-Soviet split',
    description:
      'Beijing and Moscow never quarrel over doctrine, and both keep seeing the United States as the common enemy until 1989. How long does the 1950 alliance last?',
    changes: [
      { layer: 'rift', id: 'CHN-RUS', from: 1960, to: 1988, value: false },
      { layer: 'threat', id: 'CHN-RUS', from: 1958, to: 1989, value: 'yes' },
    ],
  },
  {
    id: 'hanoi-beijing-stay-comrades',
    title: 'Hanoi and Beijing stay comrades',
    description:
      'No break after 1975: no party rift, no clash over Cambodia, no 1979 war, and a common adversary until normalisation in 1991. Would the 1954–75 alliance have carried on?',
    changes: [
      { layer: 'rift', id: 'CHN-VNM', from: 1976, to: 1990, value: false },
      { layer: 'threat', id: 'CHN-VNM', from: 1976, to: 1990, value: 'yes' },
    ],
  },
  {
    id: 'north-korea-abandons-communism',
    title: 'North Korea abandons communism',
    description:
      'After Kim Il Sung dies in 1994, Pyongyang drops one-party communist rule. What happens to the one formal alliance China still keeps?',
    changes: [{ layer: 'regime', id: 'PRK', from: 1994, to: 2026, value: 'non-communist' }],
  },
  {
    id: 'vietnam-turns-non-communist',
    title: 'Vietnam turns non-communist',
    description:
      'Vietnam follows Eastern Europe in 1991 and ends single-party rule. Does the theory still expect the Laos alliance, and does a US alliance become possible once China is the shared threat?',
    changes: [{ layer: 'regime', id: 'VNM', from: 1991, to: 2026, value: 'non-communist' }],
  },
  {
    id: 'no-south-china-sea-dispute',
    title: 'No South China Sea dispute',
    description:
      'After 1991 Beijing and Hanoi settle their maritime quarrels and see Western pressure as a common threat. With both criteria met, the model predicts a new alliance: is that believable?',
    changes: [{ layer: 'threat', id: 'CHN-VNM', from: 1991, to: 2026, value: 'yes' }],
  },
]
