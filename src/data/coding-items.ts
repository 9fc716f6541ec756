import type { CodingItem } from '@/model/coding'

/*
 * The disputed codings of the Vu–Lan debate, put to the student as questions (src/model/coding.ts).
 * Each item's years are the span its answer rewrites in the student's reading, which starts from
 * Vu's coding (the `essay` series). What each authority decided is given as a code wherever the
 * item's questions can express it, and always agrees with that authority's series in dyads.ts over
 * the item's years: Vu = `essay`, Lan = `treaty_defense`, COW = `cow`, ATOP = `atop`
 * (tests/data/coding-items.test.ts checks this). Facts and notes are our own words; a clause is a
 * brief quotation only where we could trust the official wording, and says so when it is not.
 */
export const CODING_ITEMS: readonly CodingItem[] = [
  {
    id: 'vnm-lao-1977',
    title: 'Vietnam–Laos 1977: Article 2',
    dyad: 'VNM-LAO',
    from: 1977,
    to: 2026,
    prompt:
      'Did the 1977 treaty make Vietnam and Laos allies, and does its text oblige either of them to defend the other?',
    asks: ['defence', 'alliance'],
    clause: {
      article: 'Article 2',
      text: 'Each side pledges to support the other and help strengthen its capacity to defend its independence, sovereignty and territory against sabotage by imperialist and reactionary forces.',
      published:
        'Paraphrase, not a quotation: we have not seen the official Vietnamese or Lao text; Article 2 as Vu describes it in his June 2021 reply',
      source: 'S27R',
    },
    facts: [
      'Vietnam and Laos signed the treaty in Vientiane on 18 July 1977; it took effect that October for 25 years, and how it was renewed after 2002 is not verified.',
      'Article 2 promises help with each other’s defence capacity, but the treaty does not say that one side must fight if the other is attacked.',
      'Some 30,000 to 50,000 Vietnamese troops were in Laos in 1975–83, and Laos announced that the last had left in November 1988.',
      'Vietnamese official bodies later called the pact a defence treaty (2012) and a mutual defence pact (2015), yet COW and ATOP record no alliance.',
    ],
    decided: {
      vu: {
        code: { defence: 'no', alliance: 'yes' },
        note: 'Vu counts Laos as Hanoi’s ally since 1977. In his reply he grants that Article 2 does not oblige Vietnam to defend Laos, and rests his case on the official labels and the troops.',
      },
      lan: {
        code: { defence: 'no', alliance: 'no' },
        note: 'Lan doubts it is an alliance, because the treaty leaves unclear what either side must do after an attack (known from Vu’s summary of his argument).',
      },
      cow: {
        code: { alliance: 'no' },
        note: 'COW has no entry for this treaty and records no alliance between the two in any year (its data stop in 2012).',
      },
      atop: {
        code: { alliance: 'no' },
        note: 'ATOP records no bilateral obligation; its entry from 1992 comes from the multilateral ASEAN Treaty of Amity and Cooperation, which we leave out (its data stop in 2018).',
      },
    },
    sources: ['S24', 'S25', 'S77', 'S27', 'S27R', 'S26', 'S74', 'S6', 'S8', 'S78', 'VU2021'],
    confidence: 'medium',
  },
  {
    id: 'vnm-rus-1978',
    title: 'Soviet Union–Vietnam 1978: Article 6',
    dyad: 'VNM-RUS',
    from: 1978,
    to: 1991,
    prompt:
      'Did the 1978 treaty make Vietnam and the Soviet Union allies, and does its Article 6 oblige either of them to defend the other?',
    asks: ['defence', 'alliance'],
    clause: {
      article: 'Article 6',
      text: 'If either party “is attacked or threatened with attack”, the two consult at once to remove the threat and take “appropriate and effective measures” to keep the peace and the security of both countries.',
      published:
        'Paraphrase quoting the operative words: English text in “The World and Japan” database, which cites Contemporary International Relations – Basic Documents, pp. 246–257',
      source: 'S18',
    },
    facts: [
      'The treaty was signed in Moscow on 3 November 1978 and took effect on 13 December, for 25 years with automatic ten-year extensions.',
      'Article 6 asks for immediate consultation and unnamed measures if either side is attacked or threatened; it has no automatic promise to fight.',
      'The Soviet navy used Vietnamese bases such as Cam Ranh Bay, but no Soviet forces joined the fighting when China attacked Vietnam in February 1979.',
      'The Soviet Union ended in December 1991, and in June 1994 Russia and Vietnam replaced the treaty with one that has no defence clause.',
    ],
    decided: {
      vu: {
        code: { alliance: 'yes' },
        note: 'Vu counts the Soviet Union as Hanoi’s ally until 1991, and from 1954, long before the treaty. The part of his reply we could read sets Article 6 against the Laos treaty but does not say whether it is a defence duty.',
      },
      lan: {
        code: { defence: 'yes', alliance: 'yes' },
        note: 'As Vu summarises him, Lan reads Article 6 as spelling out what follows an attack, so the treaty counts. A strict reader sees only a promise to consult; the casebook flags this disagreement.',
      },
      cow: {
        code: { defence: 'no', alliance: 'yes' },
        note: 'COW lists the treaty as an entente (alliance 301), not a defence pact, from 3 November 1978 to 25 December 1991.',
      },
      atop: {
        code: { defence: 'no', alliance: 'yes' },
        note: 'ATOP codes a consultation obligation, not a defence one, and carries it on past 1991 into the Russian years.',
      },
    },
    sources: ['S18', 'S19', 'S9', 'S27', 'S27R', 'S7', 'S8', 'S53', 'S20', 'S21', 'VU2021'],
    confidence: 'high',
  },
  {
    id: 'vnm-khm-1979',
    title: 'Vietnam–Kampuchea 1979: Article 2',
    dyad: 'VNM-KHM',
    from: 1979,
    to: 1991,
    prompt:
      'Did the 1979 treaty make Vietnam and the new government it installed in Cambodia allies, and does it oblige either of them to defend the other?',
    asks: ['defence', 'alliance'],
    clause: {
      article: 'Article 2',
      text: 'The two sides pledge to help each other “by all means” to strengthen their defence and protect their independence, sovereignty and territory.',
      published:
        'Paraphrase, not a quotation: we have not seen the official text; its content, and the words “by all means”, as reported by the Vietnamese army newspaper QĐND',
      source: 'S28',
    },
    facts: [
      'Vietnamese forces took Phnom Penh on 7 January 1979 and installed the People’s Republic of Kampuchea, which signed this treaty with Hanoi on 18 February.',
      'Reports of the treaty show a pledge of mutual help with defence, but no clear duty for either side to fight for the other.',
      'Vietnam finished withdrawing its troops in September 1989, and in October 1991 the ruling Cambodian party dropped Marxism-Leninism.',
      'Neither COW nor ATOP records the treaty, and Vu’s essay leaves Cambodia out of Hanoi’s allies although both of his conditions seem to hold.',
    ],
    decided: {
      vu: {
        code: { alliance: 'no' },
        note: 'The essay names four allies of Hanoi and Cambodia is not among them, although by the essay’s own two conditions it should be; the casebook flags this as an omission.',
      },
      lan: {
        code: { defence: 'no', alliance: 'no' },
        note: 'Lan does not discuss this treaty; the test he applies to the Laos treaty, a clear duty to defend, gives no alliance here too. Some read its promise of help by all means as a defence duty.',
      },
      cow: {
        code: { alliance: 'no' },
        note: 'COW has no entry for this treaty and records no alliance between the two.',
      },
      atop: {
        code: { alliance: 'no' },
        note: 'ATOP records no obligation between the two in these years.',
      },
    },
    sources: ['S28', 'S29', 'S30', 'S56', 'S33', 'S27', 'S6', 'S8', 'VU2021'],
    confidence: 'medium',
  },
  {
    id: 'chn-vnm-1954',
    title: 'China–North Vietnam 1954–75: aid without a treaty',
    dyad: 'CHN-VNM',
    from: 1954,
    to: 1975,
    prompt:
      'Were China and North Vietnam allies from 1954 to 1975, when China sent arms and troops but the two never signed a treaty?',
    asks: ['alliance'],
    facts: [
      'China and North Vietnam never signed an alliance treaty, and neither COW nor ATOP records one.',
      'Vu’s essay points to Beijing’s promise to send its army if the United States invaded the North.',
      'Between June 1965 and March 1968 China sent some 320,000 support troops to North Vietnam; the last units left in August 1973.',
      'After 1975 the two fell out over Cambodia, and in February 1979 China attacked Vietnam.',
    ],
    decided: {
      vu: {
        code: { alliance: 'yes' },
        note: 'Vu says China was formally allied with North Vietnam in 1954–75, citing Beijing’s promise of troops.',
      },
      lan: {
        code: { alliance: 'no' },
        note: 'No treaty, so no formal alliance on Lan’s test. His passage on this case could not be read, so the code applies his criterion.',
      },
      cow: {
        code: { alliance: 'no' },
        note: 'COW records no bilateral alliance; its 1962–64 entry is the multilateral Geneva declaration on Laos, which we leave out.',
      },
      atop: {
        code: { alliance: 'no' },
        note: 'ATOP records no bilateral obligation between the two in these years.',
      },
    },
    sources: ['VU2021', 'S27', 'S40', 'S69', 'S68', 'S53', 'S6', 'S8'],
    confidence: 'high',
  },
  {
    id: 'vnm-prk-1954',
    title: 'North Vietnam–North Korea 1954–75: pilots without a treaty',
    dyad: 'VNM-PRK',
    from: 1954,
    to: 1975,
    prompt:
      'Were North Vietnam and North Korea allies from 1954 to 1975, when North Korea sent pilots but no defence treaty was signed?',
    asks: ['alliance'],
    facts: [
      'No defence treaty between the two has been found; a 1961 document named by a Vietnamese source is of unknown content.',
      'About 90 North Korean fighter pilots helped defend North Vietnam in 1967–68, and 14 of them were killed.',
      'The two also signed a military and economic aid agreement in 1967.',
      'After 1975 Pyongyang took Beijing’s side, and the Khmer Rouge’s, against Hanoi.',
    ],
    decided: {
      vu: {
        code: { alliance: 'yes' },
        note: 'Vu counts North Korea as one of Hanoi’s four allies in 1954–75, citing the pilots it sent.',
      },
      lan: {
        code: { alliance: 'no' },
        note: 'No treaty, so no formal alliance on Lan’s test; this applies his criterion, as he is not known to discuss this pair.',
      },
      cow: {
        code: { alliance: 'no' },
        note: 'COW records no alliance between the two in any year.',
      },
      atop: {
        code: { alliance: 'no' },
        note: 'ATOP records no obligation between the two in these years.',
      },
    },
    sources: ['VU2021', 'S41', 'S44', 'S45', 'S43', 'S42', 'S6', 'S8'],
    confidence: 'medium',
  },
  {
    id: 'chn-rus-end',
    title: 'China–Soviet Union: when did the alliance end?',
    dyad: 'CHN-RUS',
    from: 1950,
    to: 1980,
    prompt:
      'The alliance between China and the Soviet Union began in 1950: in which year did it last hold?',
    asks: ['end'],
    endChoices: [1960, 1969, 1980],
    facts: [
      'The 1950 treaty, made for 30 years, promised military aid if Japan or a state allied with Japan attacked either side.',
      'In July 1960 Moscow called its experts home from China, and the two parties then quarrelled in the open.',
      'Chinese and Soviet troops fought on their border from March 1969.',
      'In April 1979 China said it would not renew the treaty, which lapsed in April 1980.',
    ],
    decided: {
      vu: {
        code: { end: 1969 },
        note: 'Vu ends the alliance with the 1969 border war, years after the ideological split of the early 1960s.',
      },
      lan: {
        code: { end: 1980 },
        note: 'On a treaty test the alliance lasts as long as the 1950 treaty and its defence article, until it lapsed in 1980; this applies Lan’s criterion.',
      },
      cow: {
        code: { end: 1980 },
        note: 'COW codes a defence pact (alliance 229) from February 1950 to February 1980, thirty years from the signing; other sources end it in April 1980.',
      },
      atop: {
        code: { end: 1980 },
        note: 'ATOP codes defence and non-aggression obligations from 1950 through 1980.',
      },
    },
    sources: ['VU2021', 'S1', 'S81', 'S49', 'S48', 'S3', 'S4', 'S76', 'S7', 'S8'],
    confidence: 'high',
  },
  {
    id: 'chn-prk-1950',
    title: 'China–North Korea 1950–60: before the treaty',
    dyad: 'CHN-PRK',
    from: 1950,
    to: 1960,
    prompt:
      'Were China and North Korea allies from 1950 to 1960, when Chinese troops fought for the North and stayed on, but before they signed a treaty?',
    asks: ['alliance'],
    facts: [
      'China entered the Korean War in 1950 and fought beside North Korea against the US-led UN forces until 1953.',
      'Chinese troops stayed in North Korea until October 1958.',
      'The treaty, with a clear promise of immediate military aid, was signed only in July 1961.',
    ],
    decided: {
      vu: {
        code: { alliance: 'yes' },
        note: 'Vu dates the alliance from China’s entry into the Korean War in 1950 and treats it as unbroken since, though 1958–61 had neither troops nor treaty.',
      },
      lan: {
        code: { alliance: 'no' },
        note: 'Lan counts the 1961 treaty for its clear defence article, but fighting side by side without a treaty is no formal alliance; this applies his criterion.',
      },
      cow: {
        code: { alliance: 'no' },
        note: 'COW starts this alliance with the 1961 treaty.',
      },
      atop: {
        code: { alliance: 'no' },
        note: 'ATOP starts its defence obligation with the 1961 treaty.',
      },
    },
    sources: ['VU2021', 'S69', 'S46', 'S10', 'S11', 'S27', 'S6', 'S8'],
    confidence: 'high',
  },
  {
    id: 'vnm-rus-threat-1992',
    title: 'Vietnam–Russia 1992–94: a shared threat?',
    dyad: 'VNM-RUS',
    from: 1992,
    to: 1994,
    prompt:
      'After the Soviet Union broke up, did Vietnam and Russia still face a common enemy in 1992–94?',
    asks: ['threat'],
    facts: [
      'The Soviet Union broke up in December 1991, and the new Russia was no longer ruled by a communist party.',
      'Beijing and Moscow had already mended relations in May 1989, which weakened the old common front against China.',
      'Vu’s essay says the two countries’ security interests arguably still met when Hanoi let the 1978 treaty go in 1994.',
      'Our dataset codes the threat as contested for 1992–94 and finds no common adversary from 1995.',
    ],
    decided: {
      vu: {
        code: { threat: 'yes' },
        note: 'The essay allows that security interests arguably still met after 1991, and puts the end of the tie down to ideology.',
      },
      lan: {
        code: null,
        note: 'The part of Lan’s rebuttal we could read argues about what counts as an alliance and does not take up threats.',
      },
      cow: {
        code: null,
        note: 'COW records alliances, not threats, so it takes no position.',
      },
      atop: {
        code: null,
        note: 'ATOP records treaty obligations, not threats, so it takes no position.',
      },
    },
    sources: ['VU2021', 'S38', 'S50', 'S20', 'S23', 'S21'],
    confidence: 'medium',
  },
]
