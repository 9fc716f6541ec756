import { span } from '../span'

/*
 * Second wave of the out-of-sample case library (docs/data.md, "Out of sample: second wave"):
 * pairs the essay does not discuss, chosen because they can embarrass the two-criteria rule. Same
 * conventions as ../dyads.ts: spans cover the pair's years once per field, a treaty counts for a
 * year if it was in force at any time in it, COW ends in 2012 and ATOP in 2018 (later years null,
 * "not covered"). Multilateral non-aggression and consultation instruments (Helsinki/OSCE, the
 * ASEAN Treaty of Amity and Cooperation, the 1962 Geneva Declaration on Laos) are left out of the
 * COW and ATOP series. Source ids are the WS ids of ./sources-wave1.ts and ./sources-wave2.ts.
 * Yugoslavia ended in 1992, so RUS-YUG covers 1949–1992 only.
 */

const ESSAY = 'VU2021'
const NOT_BOTH = 'Not both ruled by communist parties, so no party rift is coded.'
const COW_ENDS = 'Not covered: COW v4.1 alliance data end in 2012, so these years are left out when COW is the history.'
const ATOP_ENDS = 'Not covered: ATOP v5.1 data end in 2018, so these years are left out when ATOP is the history.'

export const WAVE2_DYADS = [
  {
    id: 'RUS-YUG',
    a: 'RUS',
    b: 'YUG',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1955, 'no', 'high', 'WS4 WS19', 'The rivalry data list Moscow and Belgrade as rivals of each other from 1948 to 1955, not as partners against a third state.'),
      span(1956, 1991, 'no', 'medium', 'WS4', 'No rival shared in the rivalry data: Belgrade kept out of both Cold War blocs.'),
      span(1992, 1992, 'no', 'medium', 'WS4', 'No common rival is recorded in the federation\'s last year.'),
    ],
    rift: [
      span(1949, 1954, true, 'high', 'WS19 WS20', 'After the 1948 Cominform expulsion the two parties waged an open ideological war.'),
      span(1955, 1957, false, 'medium', 'WS21 WS22', 'The 1955 Belgrade Declaration mended state ties and party ties followed in 1956.', { contested: 'Friction over the Hungarian crisis began at the end of 1956.' }),
      span(1958, 1961, true, 'medium', 'WS22', 'Moscow and its camp branded the League\'s 1958 programme revisionist and the polemics resumed.'),
      span(1962, 1990, false, 'low', 'WS21', 'A 1962 joint communiqué restored normal ties; later quarrels, such as over 1968, stopped short of a break.', { contested: 'Belgrade never returned to the Soviet camp, so a coder could keep a rift open.' }),
      span(1991, 1992, false, 'high', 'WS23', NOT_BOTH),
    ],
    essay: [
      span(1949, 1949, false, 'high', `${ESSAY} WS19 WS20`, 'The alliance died with the June 1948 split; the treaty\'s last months were an empty form.', { contested: 'The 1945 treaty stayed legally in force until Moscow denounced it in September 1949.' }),
      span(1950, 1992, false, 'high', `${ESSAY} WS20`, 'No alliance after the split; Yugoslavia went on to lead the non-aligned states.'),
    ],
    treaty_any: [
      span(1949, 1949, true, 'high', 'WS2 WS20', 'The April 1945 treaty of mutual assistance was in force until the Soviet denunciation at the end of September.'),
      span(1950, 1992, false, 'high', 'WS20 WS21', 'No treaty between the two after the 1949 denunciation.'),
    ],
    treaty_defense: [
      span(1949, 1949, true, 'high', 'WS2 WS20', 'The 1945 treaty pledged mutual military help until Moscow denounced it in September 1949.'),
      span(1950, 1992, false, 'high', 'WS20 WS21', 'No defence treaty after the 1949 denunciation.'),
    ],
    cow: [
      span(1949, 1949, 'defense', 'high', 'WS1 WS2', 'COW alliance 200, a defence pact, runs from April 1945 to 28 September 1949.'),
      span(1950, 1992, 'none', 'high', 'WS1', 'No COW alliance between the two after 1949.'),
    ],
    atop: [
      span(1949, 1949, ['defense', 'offense'], 'medium', 'WS3 WS7', 'ATOP\'s entry for the 1945 treaty ends in 1949; besides defence it codes the wartime pledge to fight Germany on together.', { contested: 'The research notes name only defence plus a type the old schema lacked; offence is our reading of the file.' }),
      span(1950, 1992, [], 'high', 'WS3', 'No bilateral ATOP obligation; the entries from 1975 come from the multilateral Helsinki Final Act and are left out.'),
    ],
  },
  {
    id: 'RUS-CUB',
    a: 'RUS',
    b: 'CUB',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1958, 'no', 'high', 'WS36', 'Prío\'s and then Batista\'s Cuba sided with Washington; Havana cut ties with Moscow in 1952.'),
      span(1959, 1989, 'yes', 'high', 'WS4', 'The rivalry data make the US a rival of the USSR until 1989 and of revolutionary Cuba from 1959.', { adversary: 'United States' }),
      span(1990, 2006, 'no', 'medium', 'WS4', 'The rivalry data record no US rivalry with Russia between 1990 and 2006.'),
      span(2007, 2020, 'yes', 'medium', 'WS4', 'The rivalry data count both Russia (from 2007) and Cuba as rivals of the United States.', { adversary: 'United States' }),
      span(2021, 2026, 'yes', 'medium', 'WS4', 'Carried forward past the rivalry data, which stop in 2020; neither rivalry with the US has ended.', { adversary: 'United States' }),
    ],
    rift: [
      span(1949, 1960, false, 'high', 'WS33 WS36', NOT_BOTH),
      span(1961, 1991, false, 'medium', 'WS35', 'No party break: Havana resented the 1962 settlement and quarrelled in 1966–68, then backed Moscow over Prague.', { contested: 'The open friction of late 1962 and 1966–68 could be read as a rift for those years.' }),
      span(1992, 2026, false, 'high', 'WS64', NOT_BOTH),
    ],
    essay: [
      span(1949, 1961, false, 'medium', `${ESSAY} WS31`, 'No military tie before the 1962 accord on Soviet arms and troops.'),
      span(1962, 1991, true, 'medium', `${ESSAY} WS31 WS36`, 'Hand-coded de facto alliance: Soviet missiles and troops in 1962, then a Soviet brigade and heavy military aid.', { contested: 'No treaty and no binding pledge: a CIA study of October 1962 found no Soviet commitment to defend Cuba.' }),
      span(1992, 2026, false, 'high', `${ESSAY} WS64`, 'The USSR dissolved in December 1991 and the aid and garrison went with it.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'medium', 'WS3 WS32', 'No security treaty; ATOP does not code the April 1989 friendship treaty, so we take it to lack a security clause.', { contested: 'We have not read the 1989 treaty\'s text; if it has a consultation article, 1989–91 would be yes.' }),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS31 WS1', 'No defence treaty was ever signed, and Moscow gave Havana no binding pledge or Warsaw Pact seat.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes no alliance for the pair after 1945.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'ATOP codes no obligation for the pair after 1945.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-LAO',
    a: 'CHN',
    b: 'LAO',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1974, 'no', 'medium', 'WS4 WS39', 'The royal government leaned on Washington, China\'s rival, while Beijing armed the Pathet Lao and built roads in the north.'),
      span(1975, 1978, 'no', 'medium', 'WS4', 'No rival in common in the rivalry data; the Lao–Thai rivalry opens only in 1980.'),
      span(1979, 1988, 'no', 'high', 'WS40', 'Hostile to each other: Vientiane sided with Hanoi and Beijing backed Hmong insurgents.'),
      span(1989, 2026, 'no', 'medium', 'WS4 WS38', 'Relations normalised in 1989, but no common adversary is recorded.'),
    ],
    rift: [
      span(1949, 1974, false, 'high', 'WS40', NOT_BOTH),
      span(1975, 1978, false, 'medium', 'WS40', 'No open break between the parties, though Vientiane already leaned towards Hanoi.'),
      span(1979, 1988, true, 'medium', 'WS40', 'Party ties were cut when Laos backed Vietnam in 1979 and restored only with Kaysone\'s 1989 visit.'),
      span(1989, 2026, false, 'high', 'WS40 WS38', 'Party and state ties were normalised in 1989 and have held since.'),
    ],
    essay: [
      span(1949, 2026, false, 'high', ESSAY, 'The essay does not count Laos among China\'s allies.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'medium', 'WS1 WS3', 'No alliance, security or non-aggression treaty has been signed between the two.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS1 WS3', 'No defence treaty between the two.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes nothing for the pair; Laos is not a member of the 1962 Geneva entry.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'No bilateral ATOP obligation; the entries from 2003 come from China joining the ASEAN amity treaty and are left out.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-CUB',
    a: 'VNM',
    b: 'CUB',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1958, 'no', 'high', 'WS4 WS36', 'Cuba before the revolution stood with Washington and had broken with Moscow in 1952.'),
      span(1959, 1960, 'contested', 'low', 'WS4', 'Cuba\'s rivalry with the US starts in 1959, while Hanoi\'s struggle with the US was still indirect.', { adversary: 'United States' }),
      span(1961, 1964, 'yes', 'medium', 'WS4', 'Cuba was a US rival in the rivalry data; for Hanoi, backing the war against US-armed Saigon, we code it by hand.', { adversary: 'United States' }),
      span(1965, 1973, 'yes', 'high', 'WS5 WS4', 'The US was at war with North Vietnam (COW war data) and a rival of Cuba.', { adversary: 'United States' }),
      span(1974, 1975, 'yes', 'medium', 'WS4', 'The war went on against the US-backed Saigon government, though COW\'s US–DRV war ends in 1973.', { adversary: 'United States' }),
      span(1976, 1994, 'contested', 'low', 'WS4', 'Washington kept its embargo on Vietnam until 1994, but no US–Vietnam rivalry is coded.', { adversary: 'United States' }),
      span(1995, 2026, 'no', 'medium', 'WS4', 'The US and Vietnam normalised relations in 1995; no common adversary since.'),
    ],
    rift: [
      span(1949, 1960, false, 'high', 'WS37', NOT_BOTH),
      span(1961, 2026, false, 'high', 'WS37 WS58', 'Warm party ties throughout: Cuba recognised the DRV first in Latin America and Castro toured its zone in 1973.'),
    ],
    essay: [
      span(1949, 2026, false, 'high', ESSAY, 'The essay lists Hanoi\'s allies as the USSR, China, North Korea and Laos; Cuba is not one of them.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'high', 'WS1 WS3', 'No treaty: neither COW nor ATOP codes anything for the pair.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS1 WS3', 'No defence treaty between the two.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes no alliance for the pair; Cuba is not a party to the 1962 Geneva entry.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'ATOP codes no obligation for the pair.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-MNG',
    a: 'CHN',
    b: 'MNG',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1958, 'contested', 'low', 'WS4', 'The US was China\'s rival; the rivalry data give Mongolia no rival at all, so a shared threat rests on bloc membership.', { adversary: 'United States' }),
      span(1959, 2026, 'no', 'medium', 'WS4 WS17', 'No common adversary; from the mid-1960s Ulaanbaatar, hosting Soviet troops, and Beijing treated each other as threats.'),
    ],
    rift: [
      span(1949, 1962, false, 'medium', 'WS15 WS18', 'Friendly party ties, capped by the 1960 treaty and the 1962 border settlement.'),
      span(1963, 1989, true, 'medium', 'WS17 WS15', 'The Mongolian party took Moscow\'s side in the split and expelled Chinese workers in 1964; ties thawed from 1986.', { contested: 'The break can be dated anywhere from 1962 to 1964.' }),
      span(1990, 1990, false, 'medium', 'WS17 WS15', 'Normalisation was under way in Mongolia\'s last year of one-party rule.'),
      span(1991, 2026, false, 'high', 'WS11', NOT_BOTH),
    ],
    essay: [
      span(1949, 2026, false, 'high', ESSAY, 'The essay does not count Mongolia among China\'s allies.'),
    ],
    treaty_any: [
      span(1949, 1959, false, 'high', 'WS18', 'No treaty before the one signed in Ulaanbaatar on 31 May 1960.'),
      span(1960, 1993, true, 'low', 'WS18', 'The 1960 friendship treaty promised consultation on major international questions and economic aid.', { contested: 'Its consultation article is general, not consultation in a crisis, and ATOP does not code it.' }),
      span(1994, 2026, true, 'high', 'WS16 WS3', 'The April 1994 treaty bars either from joining an alliance against the other or lending its land to a third state (Art. 4).'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'medium', 'WS18 WS16', 'Neither the 1960 nor the 1994 treaty has a military-assistance clause.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes no alliance for the pair.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 1993, [], 'high', 'WS3', 'ATOP does not code the 1960 treaty.'),
      span(1994, 2018, ['nonaggression'], 'high', 'WS3 WS16', 'ATOP codes the 1994 treaty as non-aggression (the later ASEAN amity treaty entry adds nothing and is left out).'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'RUS-IND',
    a: 'RUS',
    b: 'IND',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1957, 'no', 'high', 'WS4', 'Moscow and Beijing were still allies; the rivalry data open the Sino-Soviet rivalry only in 1958.'),
      span(1958, 1961, 'contested', 'medium', 'WS4', 'China was a rival of both, but the Sino-Soviet treaty stood and Moscow kept neutral in the 1959 border clashes.', { adversary: 'China' }),
      span(1962, 1964, 'yes', 'medium', 'WS4 WS5', 'China fought India in 1962 and was by then an open rival of the USSR.', { adversary: 'China' }),
      span(1965, 1989, 'yes', 'high', 'WS4', 'The rivalry data make China a rival of both India and the USSR throughout these years.', { adversary: 'China' }),
      span(1990, 2026, 'no', 'high', 'WS4', 'The Sino-Soviet rivalry ends in 1989, leaving no common adversary.'),
    ],
    rift: [
      span(1949, 2026, false, 'high', 'WS46', NOT_BOTH),
    ],
    essay: [
      span(1949, 1970, false, 'medium', `${ESSAY} WS45`, 'No treaty, no joint war and no defence pledge.'),
      span(1971, 1991, false, 'medium', `${ESSAY} WS45 WS46`, 'The 1971 treaty promised consultation and neutrality, not defence; the two never fought side by side.', { contested: 'Many call the 1971 treaty a quasi-alliance, and Moscow backed India in the December 1971 war.' }),
      span(1992, 2026, false, 'medium', `${ESSAY} WS47`, 'A friendship treaty and a strategic partnership, with no defence pledge.'),
    ],
    treaty_any: [
      span(1949, 1970, false, 'high', 'WS45 WS2', 'No treaty before August 1971.'),
      span(1971, 1991, true, 'high', 'WS46 WS2', 'The August 1971 treaty: no alliance against the other (Art. 8), no help to its attacker and immediate consultation (Art. 9).'),
      span(1992, 1992, true, 'medium', 'WS3', 'ATOP carries the 1971 treaty on until the January 1993 treaty replaced it.', { contested: 'COW ends the 1971 treaty with the USSR in December 1991.' }),
      span(1993, 2026, true, 'medium', 'WS47 WS48 WS60 WS3', 'The January 1993 friendship treaty dropped the old security clause but keeps non-aggression and consultation in ATOP.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'WS46', 'Article 9 of the 1971 treaty is a consultation clause, not a duty to defend; no other treaty has one.'),
    ],
    cow: [
      span(1949, 1970, 'none', 'high', 'WS1', 'No bilateral COW alliance; the 1962–64 entry is the multilateral Geneva Declaration on Laos and is left out.'),
      span(1971, 1991, 'nonaggression', 'high', 'WS2', 'COW alliance 289 (1971 treaty, to 25 December 1991): non-aggression, the strongest type; an entente is also coded.'),
      span(1992, 2012, 'none', 'high', 'WS1', 'COW codes no alliance for the pair after the USSR\'s end.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 1970, [], 'high', 'WS3', 'No bilateral ATOP obligation; the 1962–64 consultation entry is the multilateral Geneva Declaration on Laos, left out.'),
      span(1971, 1992, ['neutrality', 'nonaggression', 'consultation'], 'medium', 'WS3 WS7 WS46', 'ATOP codes the 1971 treaty with neutrality (Art. 9: no aid to an attacker), non-aggression and consultation.', { contested: 'The research notes say only "one type the old schema lacked"; neutrality is our reading of Art. 9 and the file.' }),
      span(1993, 2018, ['nonaggression', 'consultation'], 'medium', 'WS3 WS7 WS47', 'ATOP codes the 1993 treaty as non-aggression and consultation; ASEAN amity and SCO entries are multilateral and left out.', { contested: 'We date the changeover to the 1993 treaty\'s signing year; the file may end the 1971 entry a year later.' }),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'RUS-LAO',
    a: 'RUS',
    b: 'LAO',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1974, 'no', 'medium', 'WS4 WS40', 'Royal Laos was backed by the United States, Moscow\'s main rival.'),
      span(1975, 1978, 'contested', 'low', 'WS4', 'Both were hostile to Washington after 1975, but the rivalry data record no Lao rivalry with the US.', { adversary: 'United States' }),
      span(1979, 1988, 'contested', 'medium', 'WS4 WS40', 'China was a rival of the USSR and hostile to Laos after 1979, but no Lao–Chinese rivalry is coded.', { adversary: 'China' }),
      span(1989, 2026, 'no', 'medium', 'WS4', 'The Sino-Soviet rivalry ends in 1989 and no other common adversary is recorded.'),
    ],
    rift: [
      span(1949, 1974, false, 'high', 'WS40', NOT_BOTH),
      span(1975, 1991, false, 'medium', 'WS40 WS54', 'No party quarrel: Moscow sent aid and advisers to the Lao party-state.'),
      span(1992, 2026, false, 'high', 'WS64', NOT_BOTH),
    ],
    essay: [
      span(1949, 2026, false, 'medium', `${ESSAY} WS54 WS1`, 'Soviet aid and advisers, but no treaty and no joint war; the essay names no such alliance.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'medium', 'WS1 WS3 WS54', 'We found no Soviet or Russian treaty of friendship or mutual assistance with Laos.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'medium', 'WS1 WS3 WS54', 'No defence treaty was found in the alliance data or the literature.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'COW codes no alliance; Laos is not a member of the 1962 Geneva entry.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'No bilateral ATOP obligation; the entries from 2004 come from Russia joining the ASEAN amity treaty and are left out.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
  {
    id: 'RUS-KHM',
    a: 'RUS',
    b: 'KHM',
    caseSet: 'out-of-sample',
    threat: [
      span(1949, 1974, 'no', 'medium', 'WS4', 'No common adversary is recorded for the USSR and royal or republican Cambodia.'),
      span(1975, 1978, 'no', 'high', 'WS4 WS53', 'The Khmer Rouge state sided with China against Vietnam, Moscow\'s ally.'),
      span(1979, 1988, 'contested', 'medium', 'WS4 WS53', 'China was a rival of the USSR and backed the resistance to Phnom Penh, but no Cambodian rivalry with China is coded.', { adversary: 'China and the Khmer Rouge' }),
      span(1989, 2026, 'no', 'medium', 'WS4', 'The Sino-Soviet rivalry ends in 1989 and no other common adversary is recorded.'),
    ],
    rift: [
      span(1949, 1974, false, 'high', 'WS53', NOT_BOTH),
      span(1975, 1978, true, 'medium', 'WS53', 'The Khmer Rouge party was hostile to Moscow and at war with Moscow\'s ally Vietnam.'),
      span(1979, 1991, false, 'medium', 'WS53', 'Moscow recognised the Phnom Penh government set up by Hanoi and was its main donor.'),
      span(1992, 2026, false, 'high', 'WS64', NOT_BOTH),
    ],
    essay: [
      span(1949, 2026, false, 'medium', `${ESSAY} WS53`, 'Aid to Phnom Penh in the 1980s came without a treaty or a joint war; the essay names no such alliance.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'medium', 'WS1 WS3 WS53', 'No Soviet or Russian treaty with Cambodia appears in the data, and we found none.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'medium', 'WS1 WS3 WS53', 'No defence treaty was found in the alliance data or the literature.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'WS1', 'No bilateral COW alliance; the 1962–64 entry is the multilateral Geneva Declaration on Laos and is left out.'),
      span(2013, 2026, null, 'high', 'WS1', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'WS3', 'No bilateral ATOP obligation; the Geneva 1962 and ASEAN amity treaty entries are multilateral and left out.'),
      span(2019, 2026, null, 'high', 'WS3', ATOP_ENDS),
    ],
  },
]
