import { span } from './span'

/**
 * States, their names per period and their regime per year, 1949–2026 (docs/data.md).
 *
 * Year convention: a regime counts for a year if it held at any time in that year, so a year in
 * which a communist party ruled for part of the time is coded `communist` (the USSR in 1991, the
 * Lao PDR in 1975, the Khmer Rouge state in 1975). Years before a state was fully independent are
 * coded from the government that ruled the territory then (see docs/data.md, "Years before a state").
 */
export const STATES = [
  {
    id: 'CHN',
    short: 'China',
    names: [{ from: 1949, to: 2026, name: "People's Republic of China" }],
    regime: [
      span(1949, 2026, 'communist', 'high', 'S70 S66', 'The Chinese Communist Party has ruled alone since the PRC was founded in October 1949 and commands the army.'),
    ],
  },
  {
    id: 'VNM',
    short: 'Vietnam',
    names: [
      { from: 1949, to: 1976, name: 'Democratic Republic of Vietnam', short: 'North Vietnam' },
      { from: 1976, to: 2026, name: 'Socialist Republic of Vietnam', short: 'Vietnam' },
    ],
    regime: [
      span(1949, 1953, 'communist', 'medium', 'S37 S70', 'The DRV government, led by the Indochinese Communist Party (Workers\' Party from 1951), fought France; Beijing and Moscow recognised it in January 1950.', { contested: 'COW counts Vietnam as a state only from 1954; before that the DRV controlled part of the country.' }),
      span(1954, 1975, 'communist', 'high', 'S37 S71', 'North Vietnam was a one-party state under the Workers\' Party, whose army answered to the party.'),
      span(1976, 2026, 'communist', 'high', 'S37 S73', 'The unified SRV kept single-party rule; the 1986 Doi Moi reforms changed the economy, not the party\'s monopoly.'),
    ],
  },
  {
    id: 'RUS',
    short: 'USSR / Russia',
    names: [
      { from: 1949, to: 1991, name: 'Soviet Union', short: 'Soviet Union' },
      { from: 1992, to: 2026, name: 'Russian Federation', short: 'Russia' },
    ],
    regime: [
      span(1949, 1989, 'communist', 'high', 'S38', 'The CPSU ruled alone, its "leading role" written into Article 6 of the constitution, and commanded the army.'),
      span(1990, 1991, 'communist', 'medium', 'S38', 'The CPSU still governed until the failed August 1991 coup, and the USSR lasted until 26 December 1991, so both years count.', { contested: 'Article 6 was repealed in March 1990, ending the legal monopoly: a coder who dates one-party rule by it codes 1990–91 non-communist.' }),
      span(1992, 2026, 'non-communist', 'high', 'S38', 'The Russian Federation has no ruling Marxist-Leninist party; the Communist Party was banned in late 1991.'),
    ],
  },
  {
    id: 'PRK',
    short: 'North Korea',
    names: [{ from: 1949, to: 2026, name: "Democratic People's Republic of Korea" }],
    regime: [
      span(1949, 2008, 'communist', 'high', 'S39 S47', 'One party has ruled since 1948: the Workers\' Party of North Korea, merged into the Workers\' Party of Korea in June 1949, later with its Juche doctrine.'),
      span(2009, 2026, 'communist', 'medium', 'S39', 'The party-state and its control of the army are unchanged, so we keep the communist coding.', { contested: 'The 2009 constitution dropped the word "communism"; a strict coder could code non-communist from 2009.' }),
    ],
  },
  {
    id: 'LAO',
    short: 'Laos',
    names: [
      { from: 1949, to: 1975, name: 'Kingdom of Laos' },
      { from: 1975, to: 2026, name: "Lao People's Democratic Republic" },
    ],
    regime: [
      span(1949, 1952, 'non-communist', 'medium', 'S36', 'A royal government, an associated state of the French Union before full independence in 1953.'),
      span(1953, 1974, 'non-communist', 'high', 'S36 S68', 'The Kingdom of Laos was a constitutional monarchy, at odds with the DRV.'),
      span(1975, 2026, 'communist', 'high', 'S36 S33', 'The Lao People\'s Revolutionary Party has ruled alone since the Lao PDR was proclaimed on 2 December 1975.'),
    ],
  },
  {
    id: 'KHM',
    short: 'Cambodia',
    names: [
      { from: 1949, to: 1970, name: 'Kingdom of Cambodia' },
      { from: 1970, to: 1975, name: 'Khmer Republic' },
      { from: 1975, to: 1975, name: 'Kampuchea (Khmer Rouge)' },
      { from: 1976, to: 1979, name: 'Democratic Kampuchea' },
      { from: 1979, to: 1989, name: "People's Republic of Kampuchea" },
      { from: 1989, to: 1993, name: 'State of Cambodia' },
      { from: 1993, to: 2026, name: 'Kingdom of Cambodia' },
    ],
    regime: [
      span(1949, 1952, 'non-communist', 'medium', 'S31', 'A royal government, an associated state of the French Union before full independence in 1953.'),
      span(1953, 1969, 'non-communist', 'high', 'S31 S75', 'Sihanouk\'s neutralist kingdom.'),
      span(1970, 1974, 'non-communist', 'high', 'S31 S80', 'Lon Nol\'s Khmer Republic, after the March 1970 coup.'),
      span(1975, 1978, 'communist', 'high', 'S34 S30', 'The Communist Party of Kampuchea took Phnom Penh on 17 April 1975; its state took the name Democratic Kampuchea in January 1976.'),
      span(1979, 1991, 'communist', 'high', 'S30 S31 S33', 'The Kampuchean People\'s Revolutionary Party ruled from Phnom Penh until it dropped Marxism-Leninism in October 1991.', { contested: 'The UN seat stayed with the exiled Democratic Kampuchea coalition; we code the government that held Phnom Penh.' }),
      span(1992, 2026, 'non-communist', 'high', 'S32 S33', 'The renamed CPP no longer claims Marxism-Leninism; UN transition, then a constitutional monarchy from September 1993.'),
    ],
  },
  {
    id: 'USA',
    short: 'United States',
    names: [{ from: 1949, to: 2026, name: 'United States' }],
    regime: [
      span(1949, 2026, 'non-communist', 'high', 'S68', 'A liberal democracy and leader of the anti-communist alliances.'),
    ],
  },
]
