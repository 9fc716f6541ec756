import { span } from '../span'

/*
 * The first wave of out-of-sample pairs (docs/data.md, "Out of sample: the case library"): cases
 * chosen because they can embarrass the two-criteria rule, not because the essay discusses them.
 * Same conventions as ../dyads.ts; source ids are the WS ids of ./sources-wave1.ts.
 *
 * - Yugoslavia's pairs stop in 1992, the state's last year (its lifespan in ./states.ts).
 * - The `essay` series applies the essay's own notion of an alliance (a treaty pledge or a joint
 *   war, kept in practice); the essay itself discusses none of these pairs.
 * - The COW and ATOP codes were read from the dyad-year files themselves. Multilateral defence
 *   pacts (the Warsaw Pact, the Balkan alliance) are kept there with a `contested` note saying so;
 *   multilateral non-aggression or consultation instruments (Helsinki/OSCE, the ASEAN Treaty of
 *   Amity and Cooperation, the Shanghai Cooperation Organisation, the 2002 Kabul Declaration) are
 *   left out, as in ../dyads.ts.
 * - The Balkan alliance of Greece, Turkey and Yugoslavia is the one multilateral treaty kept in the
 *   bilateral `treaty_any`/`treaty_defense` series: three members, no leading power, and a text that
 *   binds each directly to each. COW's dates for it are those of its dyad-level file (non-aggression
 *   and entente from 1953, defence 1954–64), not those of its dyad-year file, which disagree.
 */

const NOT_BOTH_COMMUNIST = 'Not both ruled by communist parties, so no party rift is coded.'
const COW_ENDS = 'Not covered: COW v4.1 alliance data end in 2012, so these years are left out when COW is the history.'
const ATOP_ENDS = 'Not covered: ATOP v5.1 data end in 2018, so these years are left out when ATOP is the history.'
const WARSAW = 'Multilateral: the Warsaw Pact had eight members under a Soviet-led command; a strictly bilateral coding would leave it out.'
const BALKAN = 'Multilateral: the three-member Balkan alliance; a strictly bilateral coding would leave it out.'
const BALKAN_TERM = 'No formal denunciation was found, and the Bled treaty was concluded for 20 years, to 1974.'
const BALKAN_COLD = 'After Belgrade made up with Moscow in 1955, a coder may see no threat the three still shared.'

/** What the Balkan pact of Greece, Turkey and Yugoslavia codes alike for both of Belgrade's partners. */
const BALKAN_PACT = {
  rift: [
    span(1949, 1992, false, 'high', 'WS43', NOT_BOTH_COMMUNIST),
  ],
  essay: [
    span(1949, 1952, false, 'high', 'WS42', 'No treaty tied them before the Ankara treaty of February 1953.'),
    span(1953, 1964, true, 'medium', 'WS42 WS41 WS8', 'Aligned by the 1953 Ankara treaty and allied by the 1954 Bled treaty, until the alliance ended in 1964.', { contested: 'Dormant in practice from about 1955–58, once Belgrade and Moscow made up and Cyprus divided Athens and Ankara.' }),
    span(1965, 1992, false, 'high', 'WS8 WS2', 'The Balkan alliance was defunct and no other took its place.'),
  ],
  treaty_any: [
    span(1949, 1952, false, 'high', 'WS42', 'No treaty before the Ankara treaty of 28 February 1953.'),
    span(1953, 1964, true, 'medium', 'WS42 WS41 WS2', 'The three-party Ankara (1953) and Bled (1954) treaties, kept in this series because each binds every member directly to the others.', { contested: BALKAN }),
    span(1965, 1974, false, 'medium', 'WS8 WS2', 'COW ends the alliance in April 1964, when the cooperation it provided for had ceased.', { contested: BALKAN_TERM }),
    span(1975, 1992, false, 'high', 'WS41 WS2', 'No treaty: the Bled treaty\'s term had run out and nothing replaced it.'),
  ],
  treaty_defense: [
    span(1949, 1953, false, 'high', 'WS42 WS41', 'No defence pledge before Bled: the 1953 Ankara treaty provided for consultation and staff cooperation.'),
    span(1954, 1964, true, 'medium', 'WS41 WS2', 'The Bled treaty of 9 August 1954 treats an attack on one as an attack on all, and each must help the victim with armed force.', { contested: BALKAN }),
    span(1965, 1974, false, 'medium', 'WS8 WS2', 'COW ends the alliance in April 1964, when the cooperation it provided for had ceased.', { contested: BALKAN_TERM }),
    span(1975, 1992, false, 'high', 'WS41 WS2', 'No defence treaty: the Bled treaty\'s term had run out and nothing replaced it.'),
  ],
  atop: [
    span(1949, 1952, [], 'high', 'WS3', 'No ATOP obligation before the Ankara treaty.'),
    span(1953, 1953, ['nonaggression', 'consultation'], 'high', 'WS3 WS42', 'ATOP codes the 1953 Ankara treaty with non-aggression and consultation obligations.', { contested: BALKAN }),
    span(1954, 1964, ['defense', 'nonaggression', 'consultation'], 'high', 'WS3 WS41', 'ATOP adds defence under the 1954 Bled treaty and ends the alliance in 1964.', { contested: BALKAN }),
    span(1965, 1974, [], 'high', 'WS3', 'No ATOP obligation after the Balkan alliance ended.'),
    span(1975, 1992, [], 'high', 'WS3', 'ATOP\'s non-aggression entry from 1975 is the Helsinki Final Act of 35 states, multilateral: left out.'),
  ],
}

export const WAVE1_DYADS = [
  {
    id: 'YUG-GRC',
    a: 'YUG',
    b: 'GRC',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1952, 'no', 'high', 'WS4', 'The rivalry data still count Greece and Yugoslavia as rivals of each other, until 1953.'),
      span(1953, 1953, 'contested', 'medium', 'WS4 WS42', 'The final year of their own rivalry is also the year they signed the Ankara friendship treaty.', { adversary: 'Soviet Union and its Balkan allies', contested: 'Still rivals of each other for part of the year, which would code no shared threat.' }),
      span(1954, 1955, 'yes', 'medium', 'WS4 WS41 WS43', 'Hand-coded: the Soviet bloc, a recorded rival of Yugoslavia to 1955 and, through Bulgaria and Albania, the threat NATO member Greece faced.', { adversary: 'Soviet Union and its Balkan allies', contested: 'The rivalry data list no rival common to both; the shared threat is our reading.' }),
      span(1956, 1964, 'contested', 'low', 'WS22 WS8', 'Belgrade had made peace with Moscow while Athens stayed in NATO; what threat the two still shared is unclear.', { adversary: 'Soviet Union', contested: BALKAN_COLD }),
      span(1965, 1992, 'no', 'medium', 'WS4 WS5', 'Neither the rivalry nor the war data give the two a common adversary.'),
    ],
    ...BALKAN_PACT,
    cow: [
      span(1949, 1952, 'none', 'high', 'WS1', 'No COW alliance before the Ankara treaty.'),
      span(1953, 1953, 'nonaggression', 'high', 'WS1 WS2', 'COW alliance 234 from 28 February 1953: the Ankara treaty, coded non-aggression and entente.', { contested: BALKAN }),
      span(1954, 1964, 'defense', 'medium', 'WS2 WS8', 'COW\'s dyad-level dates for alliance 234: defence from the Bled treaty of 9 August 1954 to 4 April 1964.', { contested: 'COW\'s dyad-year file disagrees: defence only in 1955–56 and 1958–67 for this pair. Also multilateral (three members).' }),
      span(1965, 1992, 'none', 'medium', 'WS2 WS8', 'The dyad-level file ends alliance 234 on 4 April 1964.', { contested: 'COW\'s dyad-year file carries defence on to 1967.' }),
    ],
  },
  {
    id: 'YUG-TUR',
    a: 'YUG',
    b: 'TUR',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1950, 'yes', 'high', 'WS4', 'The rivalry data count Bulgaria a rival of both until 1950; the USSR was also Yugoslavia\'s rival.', { adversary: 'Bulgaria and the Soviet Union' }),
      span(1951, 1955, 'yes', 'medium', 'WS4 WS43 WS44', 'Hand-coded: the USSR, a recorded rival of Yugoslavia to 1955 and the threat that took Turkey into NATO in 1952.', { adversary: 'Soviet Union', contested: 'The rivalry data record no Soviet–Turkish rivalry; Turkey\'s side of the threat is our reading.' }),
      span(1956, 1964, 'contested', 'low', 'WS22 WS8', 'Belgrade had made peace with Moscow while Ankara stayed in NATO; what threat the two still shared is unclear.', { adversary: 'Soviet Union', contested: BALKAN_COLD }),
      span(1965, 1992, 'no', 'medium', 'WS4 WS5', 'Neither the rivalry nor the war data give the two a common adversary.'),
    ],
    ...BALKAN_PACT,
    cow: [
      span(1949, 1952, 'none', 'high', 'WS1', 'No COW alliance before the Ankara treaty.'),
      span(1953, 1953, 'nonaggression', 'high', 'WS1 WS2', 'COW alliance 234 from 28 February 1953: the Ankara treaty, coded non-aggression and entente.', { contested: BALKAN }),
      span(1954, 1964, 'defense', 'medium', 'WS2 WS8', 'COW\'s dyad-level dates for alliance 234: defence from the Bled treaty of 9 August 1954 to 4 April 1964.', { contested: 'COW\'s dyad-year file disagrees: defence only in 1955 and 1957–67 for this pair. Also multilateral (three members).' }),
      span(1965, 1992, 'none', 'medium', 'WS2 WS8', 'The dyad-level file ends alliance 234 on 4 April 1964.', { contested: 'COW\'s dyad-year file carries defence on to 1967.' }),
    ],
  },
  {
    id: 'CHN-PAK',
    a: 'CHN',
    b: 'PAK',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1958, 'yes', 'medium', 'WS4 WS5', 'The rivalry data count India a rival of Pakistan from 1947 and of China from 1948.', { adversary: 'India', contested: 'Sino-Indian relations stayed friendly until the late 1950s, so China\'s side of the threat was latent.' }),
      span(1959, 2020, 'yes', 'high', 'WS4 WS5', 'India was a recorded rival of both; China fought it in 1962, Pakistan in 1965, 1971 and 1999.', { adversary: 'India' }),
      span(2021, 2026, 'yes', 'medium', 'WS4', 'Carried forward past the rivalry data, which stop in 2020; both rivalries with India go on.', { adversary: 'India' }),
    ],
    rift: [
      span(1949, 2026, false, 'high', 'WS52', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 2026, false, 'high', 'VU2021 WS1 WS3', 'The essay counts North Korea as China\'s only formal ally; China never signed an alliance with Pakistan or fought at its side.'),
    ],
    treaty_any: [
      span(1949, 2004, false, 'high', 'WS1 WS3 WS62', 'No bilateral treaty with a security clause before 2005; the 1963 agreement settled the border only.'),
      span(2005, 2005, false, 'medium', 'WS49 WS61', 'The friendship treaty was signed in April 2005, but its ratification was completed only in January 2006.', { contested: 'Counting the year of signature, not of entry into force, would code 2005 true.' }),
      span(2006, 2026, true, 'medium', 'WS49 WS50 WS61', 'The 2005 friendship treaty: neither joins an alliance or bloc that harms the other\'s security. No defence pledge.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS1 WS3 WS61 WS63', 'No mutual-defence treaty: the 2005 treaty has no defence pledge, and the 2016 talks on a defence framework produced no alliance.'),
    ],
    cow: [
      span(1949, 2001, 'none', 'high', 'WS1', 'COW codes no alliance for the pair.'),
      span(2002, 2012, 'none', 'high', 'WS1 WS51', 'COW\'s non-aggression entry from 2002 is the Kabul Declaration of Afghanistan and its six neighbours, multilateral: left out.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2003, [], 'high', 'WS3', 'ATOP codes no alliance for the pair.'),
      span(2004, 2014, [], 'high', 'WS3', 'ATOP\'s non-aggression entry from 2004 comes with Pakistan\'s accession to the ASEAN Treaty of Amity and Cooperation: left out.', { contested: 'The dyad-year file cannot show whether the bilateral 2005 treaty also sits under this code.' }),
      span(2015, 2018, [], 'high', 'WS3', 'ATOP adds consultation from 2015 through the Shanghai Cooperation Organisation, which Pakistan was joining: left out.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'RUS-MNG',
    a: 'RUS',
    b: 'MNG',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1957, 'contested', 'low', 'WS4', 'Moscow was a US rival, but Mongolia had no recorded rival of its own and hardly any dealings with Washington.', { adversary: 'United States', contested: 'The rivalry data list no rival for Mongolia; a data-only coder reads no shared threat.' }),
      span(1958, 1963, 'contested', 'low', 'WS4 WS17', 'The Sino-Soviet rivalry opens in 1958, yet Ulaanbaatar signed friendship (1960) and border (1962) treaties with Beijing.', { adversary: 'China', contested: 'Mongolia was still on good terms with China, so it may have shared no threat with Moscow.' }),
      span(1964, 1989, 'yes', 'medium', 'WS4 WS9 WS14 WS17', 'Hand-coded: Mongolia expelled Chinese workers in 1964 and hosted Soviet divisions from 1966 against China, the USSR\'s rival to 1989.', { adversary: 'China', contested: 'The rivalry data record no Mongolian rivalry; Mongolia\'s side of the threat is our reading.' }),
      span(1990, 2026, 'no', 'medium', 'WS10 WS4', 'After the 1989 Sino-Soviet normalisation and the Soviet pull-out, the two share no adversary.'),
    ],
    rift: [
      span(1949, 1990, false, 'high', 'WS9 WS17', 'The Mongolian party kept to Moscow\'s line throughout, the Sino-Soviet split included.'),
      span(1991, 2026, false, 'high', 'WS11', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1991, true, 'high', 'WS2 WS9 WS10', 'Mutual-assistance treaties were in force throughout, and from 1966 Soviet combat troops were based in Mongolia.'),
      span(1992, 2026, false, 'medium', 'WS10 WS12', 'Neither side communist, the last Soviet troops gone in December 1992, and no defence pledge in the 1993 agreement.', { contested: 'The 1966 treaty was formally replaced only in January 1993.' }),
    ],
    treaty_any: [
      span(1949, 1965, true, 'high', 'WS2 WS3', 'The 1946 Treaty of Friendship and Mutual Assistance, which grew out of the 1936 protocol.'),
      span(1966, 1991, true, 'high', 'WS9 WS2', 'The January 1966 Treaty of Friendship, Cooperation and Mutual Assistance, which replaced the 1946 one.'),
      span(1992, 1993, true, 'medium', 'WS3 WS12', 'The 1966 treaty lasted until the January 1993 agreement replaced it; that agreement has a non-hostility clause.'),
      span(1994, 2026, true, 'high', 'WS12 WS13', 'The 1993 agreement (each stays out of alliances aimed at the other), then the permanent 2019 treaty built on it.'),
    ],
    treaty_defense: [
      span(1949, 1965, true, 'high', 'WS2 WS3', 'The 1946 treaty bound each to help the other if attacked.'),
      span(1966, 1991, true, 'high', 'WS9 WS2 WS3', 'The 1966 treaty renewed the pledge; it was read at the time as a military pact aimed at China.'),
      span(1992, 1993, true, 'medium', 'WS3 WS12', 'The 1966 treaty stayed formally in force until the January 1993 agreement replaced it.', { contested: 'COW ends the alliance with the USSR in December 1991.' }),
      span(1994, 2026, false, 'medium', 'WS12 WS13', 'Neither the 1993 agreement nor the 2019 treaty contains a defence pledge.'),
    ],
    cow: [
      span(1949, 1991, 'defense', 'high', 'WS1 WS2', 'COW alliance 161, defence, from the 1936 protocol until the USSR ended on 25 December 1991.'),
      span(1992, 1999, 'none', 'medium', 'WS1', 'COW has no entry for the pair in these years, although the new agreement was signed in January 1993.', { contested: 'Gibler prints the 1993 agreement as a non-aggression pact; the dyad-year file starts that entry only in 2000.' }),
      span(2000, 2012, 'nonaggression', 'medium', 'WS1 WS8 WS13', 'A bilateral non-aggression entry from 2000 (Mongolia has no other COW entry in these years, so it is not a multilateral one).', { contested: 'Unresolved whether it is the 1993 agreement dated late or a text of Putin\'s November 2000 visit.' }),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 1966, ['defense', 'consultation'], 'high', 'WS3', 'ATOP codes the Soviet-era treaty of 1946 with defence and consultation obligations, through 1966.'),
      span(1967, 1992, ['defense'], 'high', 'WS3 WS9', 'From 1967, under the 1966 treaty, ATOP codes a defence obligation only.'),
      span(1993, 1993, ['defense', 'nonaggression'], 'high', 'WS3 WS12', 'In the changeover year ATOP codes the old defence obligation and the 1993 agreement\'s non-aggression pledge together.'),
      span(1994, 2018, ['nonaggression'], 'high', 'WS3 WS12', 'Non-aggression only, under the bilateral 1993 agreement.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'RUS-ALB',
    a: 'RUS',
    b: 'ALB',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1955, 'contested', 'low', 'WS4', 'Hand-coded: both hostile to Tito\'s Yugoslavia and to the West, but the data list no Albanian rival except Greece.', { adversary: 'Yugoslavia and the United States', contested: 'No recorded rivalry ties Albania to a Soviet rival; a data-only coder reads no shared threat.' }),
      span(1956, 1960, 'contested', 'low', 'WS4 WS24', 'Both Warsaw Pact members facing NATO, though no rivalry with the West is recorded for Albania.', { adversary: 'United States and NATO', contested: 'No recorded rivalry ties Albania to a Soviet rival; a data-only coder reads no shared threat.' }),
      span(1961, 1961, 'no', 'medium', 'WS26 WS25', 'Hostile to each other: Soviet submarines left Vlorë and relations were broken off by the end of 1961.'),
      span(1962, 2026, 'no', 'high', 'WS25 WS26', 'Open hostility until relations were restored in 1990, and no common adversary since.'),
    ],
    rift: [
      span(1949, 1959, false, 'high', 'WS26', 'Tirana followed Moscow\'s line, against Belgrade included.'),
      span(1960, 1989, true, 'high', 'WS26', 'The Albanian party took Beijing\'s side at the 1960 party conferences and never made peace with the Soviet party.'),
      span(1990, 1991, true, 'medium', 'WS25', 'Diplomatic ties returned in July 1990, between governments only: the two parties never reconciled.'),
      span(1992, 2026, false, 'high', 'WS27', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1954, false, 'medium', 'WS24', 'No treaty tied them before the Warsaw Pact.', { contested: 'Albania was a Soviet client with Soviet advisers, which some would count as an alliance.' }),
      span(1955, 1961, true, 'medium', 'WS24 WS26', 'Albania was an active founding member of the Soviet-led Warsaw Pact.'),
      span(1962, 2026, false, 'high', 'WS24 WS25', 'Albania stopped taking part in the Pact in 1962 and left it formally in September 1968.', { contested: 'Legally still a Pact member until September 1968.' }),
    ],
    treaty_any: [
      span(1949, 1954, false, 'medium', 'WS1 WS3', 'Neither COW nor ATOP codes a bilateral Soviet–Albanian treaty, and none is known.'),
      span(1955, 1968, false, 'medium', 'WS1 WS3 WS24', 'Only the multilateral Warsaw Pact bound them, and it is kept out of the bilateral treaty series.', { contested: WARSAW }),
      span(1969, 2026, false, 'medium', 'WS1 WS3', 'No bilateral treaty after Albania left the Pact.'),
    ],
    treaty_defense: [
      span(1949, 1954, false, 'medium', 'WS1 WS3', 'Neither COW nor ATOP codes a bilateral Soviet–Albanian treaty, and none is known.'),
      span(1955, 1968, false, 'medium', 'WS1 WS3 WS24', 'Only the multilateral Warsaw Pact bound them, and it is kept out of the bilateral treaty series.', { contested: WARSAW }),
      span(1969, 2026, false, 'medium', 'WS1 WS3', 'No bilateral treaty after Albania left the Pact.'),
    ],
    cow: [
      span(1949, 1954, 'none', 'high', 'WS1', 'No COW alliance before the Warsaw Pact.'),
      span(1955, 1968, 'defense', 'high', 'WS1 WS2 WS24', 'COW codes the pair as allied through the Warsaw Pact from May 1955 until Albania\'s exit in 1968.', { contested: WARSAW }),
      span(1969, 2012, 'none', 'high', 'WS1', 'No COW alliance after Albania left the Pact.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 1954, [], 'high', 'WS3', 'No ATOP obligation before the Warsaw Pact.'),
      span(1955, 1968, ['defense', 'nonaggression', 'consultation'], 'high', 'WS3 WS24', 'ATOP codes the Warsaw Pact with defence, non-aggression and consultation obligations until 1968.', { contested: WARSAW }),
      span(1969, 1990, [], 'high', 'WS3', 'No ATOP obligation after Albania left the Pact.'),
      span(1991, 2018, [], 'high', 'WS3', 'ATOP\'s non-aggression entry from 1991 comes with Albania joining the CSCE/OSCE, multilateral: left out.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-ALB',
    a: 'CHN',
    b: 'ALB',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1960, 'contested', 'low', 'WS4', 'China\'s recorded rival was the United States; Albania\'s only recorded rival was Greece.', { adversary: 'United States', contested: 'No US–Albanian rivalry is recorded; a data-only coder reads no shared threat.' }),
      span(1961, 1961, 'contested', 'medium', 'WS4 WS26', 'Albania\'s break with Moscow was under way while the Sino-Soviet rivalry deepened.', { adversary: 'Soviet Union' }),
      span(1962, 1977, 'yes', 'medium', 'WS4 WS26', 'Hand-coded: the USSR was China\'s recorded rival and, after the 1961 rupture, Albania\'s declared enemy.', { adversary: 'Soviet Union', contested: 'The rivalry data record no Soviet–Albanian rivalry; Albania\'s side of the threat is our reading.' }),
      span(1978, 1989, 'contested', 'low', 'WS4 WS29', 'Moscow stayed hostile to both, but from 1978 Beijing and Tirana were hostile to each other as well.', { adversary: 'Soviet Union', contested: 'Hostility between the two themselves would code no shared threat.' }),
      span(1990, 2026, 'no', 'medium', 'WS4', 'No common adversary once the Sino-Soviet rivalry ended in 1989.'),
    ],
    rift: [
      span(1949, 1976, false, 'high', 'WS30', 'Close party ties, closest after 1960, when Beijing became Tirana\'s patron against Moscow.'),
      span(1977, 1977, true, 'medium', 'WS28 WS29', 'From July 1977 Tirana attacked Chinese policy in public, the "three worlds" theory above all.', { contested: 'Others date the break from China\'s July 1978 note ending all aid.' }),
      span(1978, 1991, true, 'high', 'WS28 WS29', 'China cut off all aid in July 1978 and the Albanian party attacked the Chinese leadership openly.'),
      span(1992, 2026, false, 'high', 'WS27', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1960, false, 'medium', 'VU2021 WS1', 'The essay names China\'s allies as the USSR, North Vietnam and North Korea; nothing tied China to Albania yet.'),
      span(1961, 1977, false, 'medium', 'VU2021 WS1 WS28', 'No treaty and no joint war, though China was Albania\'s patron, with large aid and thousands of experts.', { contested: 'A close patron–client partnership that some would count as an alliance.' }),
      span(1978, 2026, false, 'high', 'VU2021 WS29', 'No alliance: China ended all aid in 1978 and ties stayed cold.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'high', 'WS1 WS3', 'No treaty of alliance was ever signed; neither COW nor ATOP codes one.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS1 WS3', 'No treaty of alliance was ever signed; neither COW nor ATOP codes one.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes no alliance for the pair.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'ATOP codes no alliance for the pair.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
]
