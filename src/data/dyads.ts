import { span } from './span'

/*
 * Dyads, coded as spans that cover 1949–2026 once per field (docs/data.md). Rationales are our own
 * one-line summaries; source ids point into sources.ts. A span with a `contested` note is a cell
 * where sources or readings disagree: the value is our pick, the note names the other reading.
 *
 * Conventions (docs/data.md, "Conventions"): a treaty counts for a year if it was in force at any time in that
 * year. `threat` is `yes` when both face the same adversary and are not rivals of each other,
 * `contested` when that is partial or disputed. `cow` keeps the strongest COW type in force. COW
 * v4.1 ends in 2012 and ATOP v5.1 in 2018: later years are coded `null`, "not covered", which is
 * not the same as "no alliance" and is left out of the metrics when that series is the history.
 * Multilateral entries are left out, as they are not bilateral alliances: ATOP's ASEAN Treaty of
 * Amity and Cooperation accessions, the 1962 Geneva Declaration on the Neutrality of Laos (COW #267)
 * and the 1996 Shanghai Five agreement.
 */

const ESSAY = 'VU2021'
const NOT_BOTH_COMMUNIST = 'Not both ruled by communist parties, so no party rift is coded.'
const COW_ENDS = 'Not covered: COW v4.1 alliance data end in 2012, so these years are left out when COW is the history.'
const ATOP_ENDS = 'Not covered: ATOP v5.1 data end in 2018, so these years are left out when ATOP is the history.'
const GENEVA = 'its 1962–64 entry (COW #267) is the Geneva Declaration on the Neutrality of Laos of 23 July 1962, a 13-party pledge, so it is left out'

export const DYADS = [
  {
    id: 'CHN-RUS',
    a: 'CHN',
    b: 'RUS',
    threat: [
      span(1949, 1957, 'yes', 'high', 'S1 S68 S69', 'Both were strategic rivals of the United States; China fought US-led forces in Korea in 1950–53.', { adversary: 'United States' }),
      span(1958, 1959, 'contested', 'medium', 'S68', 'Both still rivals of the United States, but the rivalry data open a Sino-Soviet rivalry in 1958.', { adversary: 'United States' }),
      span(1960, 1968, 'contested', 'medium', 'S49 S2 S68', 'The US stayed a rival of both, but Moscow recalled its experts in 1960 and the two turned on each other.', { adversary: 'United States' }),
      span(1969, 1988, 'no', 'high', 'S48 S68 S3', 'Each was the other\'s main threat: border fighting from March 1969 and a rivalry lasting to 1989.'),
      span(1989, 1991, 'no', 'high', 'S50 S68', 'Relations normalised at the May 1989 summit, but no common adversary is recorded.'),
      span(1992, 2006, 'no', 'high', 'S68', 'No common adversary: Russia was not a US strategic rival before 2007.'),
      span(2007, 2020, 'yes', 'medium', 'S68', 'The rivalry data count both as strategic rivals of the United States from 2007.', { adversary: 'United States' }),
      span(2021, 2026, 'yes', 'medium', 'S68 S67', 'Carried forward past the rivalry data, which stop in 2020; both rivalries with the US continue.', { adversary: 'United States' }),
    ],
    rift: [
      span(1949, 1959, false, 'high', 'S1 S5', 'Close party ties: the 1950 treaty, Soviet aid and Soviet advisers.'),
      span(1960, 1988, true, 'medium', 'S49 S2 S50', 'Open doctrinal and party conflict from the 1960 recall of Soviet experts until party ties were restored in May 1989.', { contested: 'Other datings start the split in 1956, 1958 or 1963.' }),
      span(1989, 1991, false, 'high', 'S50', 'Party ties were restored at the Gorbachev–Deng summit in May 1989.'),
      span(1992, 2026, false, 'high', 'S38', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1949, false, 'high', `${ESSAY} S1`, 'The essay dates the Sino-Soviet alliance from 1950, when the treaty was signed.'),
      span(1950, 1969, true, 'high', `${ESSAY} S1`, 'The essay counts Beijing and Moscow as allies from 1950 until the 1969 border war.'),
      span(1970, 1980, false, 'high', ESSAY, 'The essay treats the 1969 clashes as the end of the alliance.', { contested: 'The 1950 treaty stayed legally in force until April 1980.' }),
      span(1981, 2026, false, 'high', ESSAY, 'The essay names no later alliance between Beijing and Moscow.'),
    ],
    treaty_any: [
      span(1949, 1949, false, 'high', 'S1', 'The treaty was signed only in February 1950.'),
      span(1950, 1978, true, 'high', 'S1 S3 S76', 'The 1950 Treaty of Friendship, Alliance and Mutual Assistance, in force from April 1950 for thirty years.'),
      span(1979, 1980, true, 'high', 'S3 S4 S76', 'On 3 April 1979 China gave notice that it would not renew the 1950 treaty; it lapsed on 11 April 1980.', { contested: 'COW ends it in February 1980, thirty years after signing; one encyclopedia gives 1979.' }),
      span(1981, 2001, false, 'high', 'S3 S67', 'No bilateral security treaty between the lapse of the 1950 treaty and the 2001 treaty.'),
      span(2002, 2026, true, 'medium', 'S67 S8', 'The 2001 Treaty of Good-Neighbourliness (in force from February 2002, extended in 2021) has a consultation clause, no defence pledge.'),
    ],
    treaty_defense: [
      span(1949, 1949, false, 'high', 'S1', 'The treaty was signed only in February 1950.'),
      span(1950, 1978, true, 'high', 'S1 S81', 'The 1950 treaty promised military aid if either was attacked by Japan or a state allied with it.'),
      span(1979, 1980, true, 'high', 'S3 S4 S76', 'China gave notice on 3 April 1979 that it would not renew the 1950 treaty; it lapsed on 11 April 1980.'),
      span(1981, 2026, false, 'high', 'S67', 'No mutual-defence treaty since; the 2001 treaty has no defence clause.'),
    ],
    cow: [
      span(1949, 1949, 'none', 'high', 'S6', 'COW codes a 1949 alliance from the USSR\'s 1945 treaty with the Republic of China; that is not the PRC\'s pact, so none here.'),
      span(1950, 1980, 'defense', 'high', 'S7', 'COW alliance 229: a defence pact from February 1950 to February 1980.'),
      span(1981, 1995, 'none', 'high', 'S6', 'No COW alliance.'),
      span(1996, 2012, 'none', 'high', 'S6', 'COW\'s 1996 entry is the multilateral Shanghai Five agreement of 26 April 1996 (also coded for Kazakhstan, Kyrgyzstan and Tajikistan): left out.'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 1949, [], 'high', 'S8', 'ATOP codes a 1949 alliance from the USSR\'s 1945 treaty with the Republic of China; that is not the PRC\'s pact, so none here.'),
      span(1950, 1980, ['defense', 'nonaggression'], 'high', 'S8', 'ATOP codes the 1950 treaty with defence and non-aggression obligations through 1980.'),
      span(1981, 1991, [], 'high', 'S8', 'No bilateral ATOP obligation.'),
      span(1992, 2000, ['nonaggression'], 'medium', 'S8', 'ATOP codes a non-aggression obligation from 1992; its instrument was not identified.'),
      span(2001, 2018, ['nonaggression', 'consultation'], 'medium', 'S8 S67', 'ATOP adds consultation under the 2001 treaty.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-PRK',
    a: 'CHN',
    b: 'PRK',
    threat: [
      span(1949, 1949, 'contested', 'low', 'S68', 'The new PRC was a US rival; North Korea faced the US-backed South, but the Korean War had not yet begun.', { adversary: 'United States' }),
      span(1950, 1953, 'yes', 'high', 'S69', 'Both fought the United States and South Korea in the Korean War.', { adversary: 'United States' }),
      span(1954, 1972, 'yes', 'high', 'S68 S46', 'US forces stayed in South Korea and the US–China rivalry lasted until 1972.', { adversary: 'United States' }),
      span(1973, 1991, 'contested', 'medium', 'S68', 'The US stayed North Korea\'s main adversary, while China now saw the Soviet Union as its chief threat.', { adversary: 'United States' }),
      span(1992, 2005, 'contested', 'low', 'S59', 'China recognised South Korea in August 1992; whether Beijing still shared Pyongyang\'s adversary is unclear.', { adversary: 'United States' }),
      span(2006, 2017, 'contested', 'medium', 'S60 S61', 'China backed UN action after the 2006 nuclear test; its 2017 word on defending the North was conditional.', { adversary: 'United States' }),
      span(2018, 2026, 'yes', 'medium', 'S62 S68 S13', 'Summits resumed in 2018; both treat the United States as their adversary.', { adversary: 'United States' }),
    ],
    rift: [
      span(1949, 1965, false, 'medium', 'S46', 'No open party conflict; Chinese troops fought for the North and stayed until 1958.'),
      span(1966, 1969, true, 'medium', 'S47', 'Cultural Revolution attacks on the Workers\' Party of Korea took relations to their lowest point.'),
      span(1970, 2026, false, 'medium', 'S47 S13', 'Ties repaired from late 1969; the parties have not broken openly since.'),
    ],
    essay: [
      span(1949, 1949, false, 'high', ESSAY, 'The essay dates this alliance from China\'s entry into the Korean War in 1950.'),
      span(1950, 1960, true, 'high', `${ESSAY} S46`, 'The essay counts North Korea as China\'s ally from its entry into the Korean War; Chinese troops stayed until 1958.', { contested: 'No treaty until July 1961: a treaty-based coder (and Lan) counts no alliance in these years.' }),
      span(1961, 2021, true, 'high', `${ESSAY} S11`, 'The essay counts North Korea as China\'s ally to the present; the 1961 treaty is in force.'),
      span(2022, 2026, true, 'medium', `${ESSAY} S13`, 'Carried forward past the essay: both sides reaffirmed the treaty on its 60th anniversary in 2021.'),
    ],
    treaty_any: [
      span(1949, 1960, false, 'high', 'S10', 'The treaty was signed only in July 1961.'),
      span(1961, 2021, true, 'high', 'S10 S11', 'The 1961 treaty (in force from September 1961) binds each to give immediate military aid if the other is attacked.'),
      span(2022, 2026, true, 'medium', 'S12 S13 S82', 'Treated as in force: its text lasts until both sides agree to change it.', { contested: 'Press reports speak of 20-year renewals; no 2021 renewal instrument was found.' }),
    ],
    treaty_defense: [
      span(1949, 1960, false, 'high', 'S10', 'The treaty was signed only in July 1961.'),
      span(1961, 2021, true, 'high', 'S10 S11', 'Article II of the 1961 treaty is an explicit mutual-defence pledge.'),
      span(2022, 2026, true, 'medium', 'S12 S13', 'Treated as in force: its text lasts until both sides agree to change it.', { contested: 'Press reports speak of 20-year renewals; no 2021 renewal instrument was found.' }),
    ],
    cow: [
      span(1949, 1960, 'none', 'high', 'S6', 'No COW alliance before the 1961 treaty.'),
      span(1961, 2012, 'defense', 'high', 'S6', 'COW codes the 1961 treaty as a defence pact until its data end.'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 1960, [], 'high', 'S8', 'No ATOP obligation before the 1961 treaty.'),
      span(1961, 2018, ['defense', 'nonaggression'], 'high', 'S8', 'ATOP codes the 1961 treaty with defence and non-aggression obligations.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-VNM',
    a: 'CHN',
    b: 'VNM',
    threat: [
      span(1949, 1949, 'no', 'medium', 'S70', 'The PRC was proclaimed in October 1949 and recognised the DRV only in January 1950.'),
      span(1950, 1953, 'contested', 'low', 'S70', 'China armed the DRV against France from 1950 while fighting the US in Korea: linked enemies, or different ones.', { adversary: 'France, backed by the United States' }),
      span(1954, 1964, 'yes', 'medium', 'S68 S71', 'The US was China\'s rival and backed South Vietnam against the DRV.', { adversary: 'United States' }),
      span(1965, 1972, 'yes', 'high', 'S69 S40', 'The US bombed North Vietnam; China sent some 320,000 support troops between 1965 and 1968.', { adversary: 'United States' }),
      span(1973, 1975, 'contested', 'medium', 'S40 S68 S54', 'Chinese troops left in 1973, the rivalry data open a Sino-Vietnamese rivalry that year, and China took the Paracels in 1974.', { adversary: 'United States' }),
      span(1976, 1977, 'no', 'medium', 'S35 S68', 'China backed Democratic Kampuchea against Vietnam.'),
      span(1978, 1990, 'no', 'high', 'S58 S53 S55', 'Open hostility: China cut aid in 1978, invaded in 1979, and the two clashed at sea in 1988.'),
      span(1991, 2026, 'no', 'high', 'S57 S65', 'Ties normalised in November 1991, but South China Sea disputes keep China Vietnam\'s main threat.'),
    ],
    rift: [
      span(1949, 1977, false, 'medium', 'S71', 'No open party break; Hanoi balanced between Moscow and Beijing.'),
      span(1978, 1990, true, 'high', 'S58 S53', 'Open party and state conflict from 1978 until reconciliation.', { contested: 'Some date the party break from 1976.' }),
      span(1991, 2026, false, 'high', 'S57', 'Party relations restored with normalisation in November 1991.'),
    ],
    essay: [
      span(1949, 1949, false, 'high', `${ESSAY} S70`, 'The essay starts Hanoi\'s alliance with Beijing in 1954; the two had no relations before January 1950.'),
      span(1950, 1953, false, 'high', `${ESSAY} S70`, 'The essay starts Hanoi\'s alliance with Beijing in 1954.', { contested: 'Chinese advisers and arms backed the Viet Minh from 1950.' }),
      span(1954, 1975, true, 'high', `${ESSAY} S27`, 'The essay counts China and North Vietnam as allies, citing Beijing\'s promise of troops if the US invaded the North.', { contested: 'No treaty was ever signed; on a formal-treaty definition there was no alliance (Lan).' }),
      span(1976, 2026, false, 'high', ESSAY, 'The essay says clashing interests over Indochina ended the alliance after 1975.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'high', 'S6 S8', 'No bilateral security treaty between the PRC and Vietnam was ever signed.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'S6 S8', 'No bilateral security treaty between the PRC and Vietnam was ever signed.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 1962 Geneva Declaration on Laos and China\'s 2003 ASEAN treaty accession are multilateral, so left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-USA',
    a: 'CHN',
    b: 'USA',
    threat: [
      span(1949, 1971, 'no', 'high', 'S68 S69', 'Strategic rivals, and enemies in the Korean War.'),
      span(1972, 1972, 'contested', 'high', 'S51', 'Nixon\'s February 1972 visit began the turn against a common Soviet threat.', { adversary: 'Soviet Union' }),
      span(1973, 1989, 'yes', 'high', 'S68 S52', 'Both counted the USSR as a strategic rival; ties from 1979 and military cooperation in the 1980s.', { adversary: 'Soviet Union' }),
      span(1990, 1995, 'no', 'medium', 'S68', 'The common Soviet threat faded and then disappeared.'),
      span(1996, 2026, 'no', 'high', 'S68', 'Strategic rivals again from 1996.'),
    ],
    rift: [span(1949, 2026, false, 'high', 'S68', NOT_BOTH_COMMUNIST)],
    essay: [
      span(1949, 2026, false, 'high', `${ESSAY} S66`, 'The essay says the two shared an interest against Moscow in the 1980s but never allied without shared ideology.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'high', 'S52', 'No US–PRC security treaty (the 1955–80 US treaty was with the Republic of China on Taiwan).'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'S52', 'No US–PRC security treaty (the 1955–80 US treaty was with the Republic of China on Taiwan).'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 2009 ASEAN treaty entry is multilateral and left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-RUS',
    a: 'VNM',
    b: 'RUS',
    threat: [
      span(1949, 1953, 'no', 'low', 'S21 S70', 'Moscow recognised the DRV in January 1950 but left aid for its war with France to Beijing: no adversary the two faced together.', { contested: 'A coder who counts the US behind France as a common enemy codes this contested.' }),
      span(1954, 1964, 'yes', 'medium', 'S68', 'The US was the USSR\'s rival and backed South Vietnam against the DRV.', { adversary: 'United States' }),
      span(1965, 1973, 'yes', 'high', 'S69 S71 S79', 'The US made war on North Vietnam; Soviet aid grew sharply after Kosygin\'s 1965 visit.', { adversary: 'United States' }),
      span(1974, 1977, 'yes', 'medium', 'S68', 'The rivalry data make China a rival of both from 1973, alongside the US.', { adversary: 'United States, then China' }),
      span(1978, 1988, 'yes', 'high', 'S7 S8 S9', 'Both treated China as their main threat; the Soviet navy used Vietnamese bases.', { adversary: 'China' }),
      span(1989, 1991, 'contested', 'medium', 'S50 S56', 'Sino-Soviet normalisation in 1989 and Vietnam\'s exit from Cambodia weakened the common front.', { adversary: 'China' }),
      span(1992, 1994, 'contested', 'medium', 'S20 S23', 'Interests arguably still met over China, as the essay allows, while relations were being reset.', { adversary: 'China' }),
      span(1995, 2026, 'no', 'medium', 'S22 S20 S67', 'No common adversary found: Moscow drew close to Beijing (2001 treaty) while its ties with Hanoi rest on a partnership, arms and energy.', { contested: 'Before data version 2026.12 this was coded contested (China), which no evidence supports.' }),
    ],
    rift: [
      span(1949, 1991, false, 'medium', 'S71 S18', 'No open break between the Vietnamese and Soviet parties.'),
      span(1992, 2026, false, 'high', 'S38', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1953, false, 'high', ESSAY, 'The essay starts Hanoi\'s alliance with Moscow in 1954.'),
      span(1954, 1977, true, 'high', ESSAY, 'The essay counts the Soviet Union as Vietnam\'s ally from 1954, years of aid without a treaty.', { contested: 'There was no treaty before November 1978; a treaty-based coder starts in 1978.' }),
      span(1978, 1991, true, 'high', `${ESSAY} S18`, 'The essay counts the Soviet Union as Vietnam\'s ally until its collapse; the 1978 treaty is in force.'),
      span(1992, 1994, false, 'medium', `${ESSAY} S20`, 'The essay\'s list ends in 1991; it says Hanoi ended the treaty in 1994 for want of shared ideology.', { contested: 'The 1978 treaty stayed legally in force until it was replaced in June 1994.' }),
      span(1995, 2026, false, 'high', `${ESSAY} S22`, 'No alliance: a strategic partnership is not a treaty alliance.'),
    ],
    treaty_any: [
      span(1949, 1977, false, 'high', 'S9 S71', 'No treaty before 1978; Soviet aid came through agreements, not an alliance.'),
      span(1978, 1991, true, 'high', 'S18 S19', 'The November 1978 Treaty of Friendship and Cooperation bound the two to consult and act if either was attacked.'),
      span(1992, 1994, true, 'medium', 'S20 S21', 'Russia carried the 1978 treaty on until the June 1994 treaty replaced it.', { contested: 'Some treat the treaty as void from the USSR\'s end in December 1991.' }),
      span(1995, 2026, true, 'low', 'S20 S21 S8', 'The June 1994 treaty on friendly relations, renewed since; ATOP codes a consultation obligation for these years, which this series counts.', { contested: 'We have not checked its text; if its consultation article is not a security clause, code no.' }),
    ],
    treaty_defense: [
      span(1949, 1977, false, 'high', 'S9', 'No treaty before 1978.'),
      span(1978, 1991, true, 'low', 'S18 S27 S27R', 'Article 6 of the 1978 treaty: if either is attacked or threatened, both consult at once and take "appropriate and effective measures". Lan reads that as a defence duty.', { contested: 'A strict reading sees consultation only: COW codes an entente, ATOP consultation.' }),
      span(1992, 1994, true, 'low', 'S18 S20 S27', 'Russia carried the 1978 treaty, Article 6 included, until the June 1994 treaty replaced it.', { contested: 'A strict reading sees consultation only; some treat the treaty as void from December 1991.' }),
      span(1995, 2026, false, 'high', 'S20', 'The 1994 treaty has no defence clause.'),
    ],
    cow: [
      span(1949, 1977, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(1978, 1991, 'entente', 'high', 'S7', 'COW alliance 301: an entente from 3 November 1978 to 25 December 1991.'),
      span(1992, 2012, 'none', 'high', 'S6', 'No COW alliance after the USSR\'s end.'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 1977, [], 'high', 'S8', 'No bilateral ATOP obligation; the 1962 Geneva Declaration on Laos, a multilateral pledge, is left out.'),
      span(1978, 2018, ['consultation'], 'high', 'S8 S78', 'ATOP codes consultation from the 1978 treaty through 2018 (the 2004 ASEAN treaty entry is left out).'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-PRK',
    a: 'VNM',
    b: 'PRK',
    threat: [
      span(1949, 1953, 'no', 'low', 'S44 S70', 'The DRV fought France while North Korea fought the US-led UN forces; beyond recognition in January 1950 they had no ties.', { contested: 'A coder who sees one anti-imperialist front codes this contested.' }),
      span(1954, 1964, 'yes', 'medium', 'S44 S68', 'Both were divided states facing US-backed rivals in the South.', { adversary: 'United States' }),
      span(1965, 1975, 'yes', 'high', 'S41 S44', 'North Korean pilots helped defend North Vietnam in 1967–68; a military aid agreement followed in 1967.', { adversary: 'United States' }),
      span(1976, 1978, 'contested', 'medium', 'S43', 'The two drifted apart after 1975 as Pyongyang leaned to Beijing.', { adversary: 'United States' }),
      span(1979, 1988, 'no', 'high', 'S42 S43', 'North Korea backed China and the Khmer Rouge against Vietnam.', { contested: 'The essay says Pyongyang kept silent over China\'s 1979 attack; the Vietnamese ambassador\'s account in a Hungarian report says it backed Beijing openly.' }),
      span(1989, 2000, 'no', 'medium', 'S44', 'A slow thaw without a common adversary; Vietnam\'s 1992 ties with Seoul angered Pyongyang.', { contested: 'A partial (contested) code for the thaw years is also defensible.' }),
      span(2001, 2026, 'no', 'medium', 'S44 S41', 'Ties restored, but no common adversary: Vietnam works with the United States.'),
    ],
    rift: [
      span(1949, 1978, false, 'medium', 'S44', 'No open break between the two parties.'),
      span(1979, 1988, true, 'high', 'S42 S43', 'Pyongyang sided with Beijing and the Khmer Rouge; Hanoi weighed recalling its ambassador.', { contested: 'The essay says Pyongyang kept silent in 1979; the ambassador\'s (partisan) account says it backed China openly.' }),
      span(1989, 2026, false, 'medium', 'S44', 'Party ties recovered from the late 1980s and were fully restored around 2001–02.'),
    ],
    essay: [
      span(1949, 1953, false, 'high', ESSAY, 'The essay starts this alliance in 1954.'),
      span(1954, 1975, true, 'high', `${ESSAY} S41`, 'The essay counts North Korea as Hanoi\'s ally, citing the pilots it sent.', { contested: 'No treaty was found; only a 1961 document of unknown content.' }),
      span(1976, 2026, false, 'high', `${ESSAY} S42`, 'The essay says the tie ended when Pyongyang opposed Hanoi\'s aims in Indochina.'),
    ],
    treaty_any: [
      span(1949, 2026, false, 'medium', 'S45 S44 S6', 'No bilateral security treaty found; a 1961 friendship document is unverified and no defence pact.'),
    ],
    treaty_defense: [span(1949, 2026, false, 'high', 'S6 S8', 'No defence treaty in any dataset or source.')],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', 'COW codes no alliance between the two (North Korea was not a party to the 1962 Geneva Declaration on Laos).'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 2008 ASEAN treaty entry is left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-LAO',
    a: 'VNM',
    b: 'LAO',
    threat: [
      span(1949, 1953, 'no', 'low', 'S36 S68', 'The royal government belonged to the French Union, which the DRV was fighting.'),
      span(1954, 1975, 'no', 'high', 'S68 S69', 'The Kingdom of Laos and the DRV were rivals and fought each other in 1968–73.'),
      span(1976, 1976, 'contested', 'medium', 'S36', 'The new Lao PDR aligned with Hanoi, but no common adversary shows yet.', { adversary: 'Thailand' }),
      span(1977, 1978, 'yes', 'medium', 'S74 S68', 'Hand-coded: Thai border clashes and Thai bases for Lao rebels made Thailand a threat to both, Vietnam\'s troops in Laos included.', { adversary: 'Thailand', contested: 'The rivalry data start the Laos–Thailand rivalry only in 1980.' }),
      span(1979, 1979, 'yes', 'medium', 'S74 S53 S68', 'Hand-coded: Thailand as before, and China, which attacked Vietnam in February 1979 while Laos sided with Hanoi.', { adversary: 'Thailand and China', contested: 'The rivalry data start the Laos–Thailand rivalry only in 1980.' }),
      span(1980, 1988, 'yes', 'medium', 'S68 S74', 'Thailand was a rival of both in the rivalry data, China was hostile to both, and Vietnamese troops stayed in Laos until 1988.', { adversary: 'Thailand and China' }),
      span(1989, 2026, 'contested', 'low', `${ESSAY} S26`, 'The essay asserts shared security interests, but no rivalry data show a common adversary after the troops left.', { adversary: 'China, by implication (the essay names none)' }),
    ],
    rift: [
      span(1949, 2026, false, 'medium', 'S24 S26', 'No open break between the two parties (Laos had no ruling communist party before 1975).'),
    ],
    essay: [
      span(1949, 1976, false, 'high', ESSAY, 'The essay starts this alliance with the 1977 treaty.'),
      span(1977, 2021, true, 'high', `${ESSAY} S26`, 'The essay counts Laos as Vietnam\'s ally since the 1977 treaty.'),
      span(2022, 2026, true, 'medium', `${ESSAY} S26`, 'Carried forward past the essay: the treaty is still described as in force.'),
    ],
    treaty_any: [
      span(1949, 1976, false, 'high', 'S24', 'No treaty before July 1977.'),
      span(1977, 2026, true, 'medium', 'S24 S25 S77 S26', 'The July 1977 Treaty of Friendship and Cooperation (in force October 1977) pledges support for each side\'s defence.', { contested: 'Its 25-year term ran out in 2002; how it was renewed is not verified.' }),
    ],
    treaty_defense: [
      span(1949, 1976, false, 'high', 'S24', 'No treaty before July 1977.'),
      span(1977, 2026, false, 'low', 'S27 S27R S26', 'Article 2 pledges support for each other\'s defence capacity, not a duty to defend the other if attacked; coded like the 1979 Kampuchea treaty.', { contested: 'Vietnamese officials have called it a defence treaty and a mutual defence pact.' }),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 1962 Geneva Declaration on Laos and the 1992 ASEAN treaty accessions are multilateral, so left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-USA',
    a: 'VNM',
    b: 'USA',
    threat: [
      span(1949, 1975, 'no', 'high', 'S69 S72', 'Enemies: the US backed France and then South Vietnam against the DRV and fought it directly in 1965–73.'),
      span(1976, 1994, 'no', 'high', 'S63', 'No relations; the US opposed Vietnam over Cambodia.'),
      span(1995, 2008, 'no', 'medium', 'S63', 'Relations normalised in July 1995, but no common threat is recorded yet.'),
      span(2009, 2013, 'contested', 'medium', 'S64 S65', 'Shared unease about China\'s maritime claims grows; a partnership follows in 2013.', { adversary: 'China' }),
      span(2014, 2026, 'yes', 'medium', 'S65 S64', 'After the 2014 oil-rig standoff both see China as the main challenge; a comprehensive strategic partnership followed on 10 September 2023.', { adversary: 'China', contested: 'The rivalry data end the China–Vietnam rivalry in 1991, so a rivalry-based coder would code no.' }),
    ],
    rift: [span(1949, 2026, false, 'high', 'S68', NOT_BOTH_COMMUNIST)],
    essay: [
      span(1949, 2026, false, 'high', ESSAY, 'The essay never counts the US as Vietnam\'s ally; today they share interests but not ideology.'),
    ],
    treaty_any: [span(1949, 2026, false, 'high', 'S63 S64', 'No security treaty; the 2013 and 2023 partnerships are not treaties.')],
    treaty_defense: [span(1949, 2026, false, 'high', 'S63 S64', 'No security treaty; the 2013 and 2023 partnerships are not treaties.')],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 2009 ASEAN treaty entry is left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'CHN-KHM',
    a: 'CHN',
    b: 'KHM',
    threat: [
      span(1949, 1959, 'no', 'medium', 'S75 S31', 'Cambodia was a French Union state, then a neutral kingdom; no common adversary.'),
      span(1960, 1964, 'contested', 'low', 'S75 S80', 'Sihanouk\'s kingdom drew close to Beijing while quarrelling with US-aligned Saigon and Bangkok; whether that made a common threat is disputed.', { adversary: 'South Vietnam and Thailand' }),
      span(1965, 1969, 'contested', 'low', 'S75 S80', 'Cambodia broke relations with the United States in May 1965, after raids from South Vietnam; Beijing backed Sihanouk\'s stand.', { adversary: 'United States' }),
      span(1970, 1974, 'no', 'medium', 'S80', 'China backed the front fighting Lon Nol\'s Khmer Republic.'),
      span(1975, 1976, 'contested', 'medium', 'S35 S68', 'China aided Democratic Kampuchea as both grew wary of Vietnam.', { adversary: 'Vietnam' }),
      span(1977, 1978, 'yes', 'medium', 'S68 S35', 'Vietnam was a rival of both; China armed Democratic Kampuchea.', { adversary: 'Vietnam' }),
      span(1979, 1991, 'no', 'high', 'S33 S57', 'China backed the Khmer Rouge against the government in Phnom Penh.'),
      span(1992, 2026, 'no', 'medium', 'S32', 'Close ties, but no common adversary is documented.'),
    ],
    rift: [
      span(1949, 1978, false, 'medium', 'S35', 'No party rift: Cambodia had no ruling communist party before 1975, and Beijing backed the Khmer Rouge.'),
      span(1979, 1991, true, 'high', 'S33 S57', 'China backed the Khmer Rouge against the ruling party in Phnom Penh.'),
      span(1992, 2026, false, 'high', 'S33', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1974, false, 'medium', ESSAY, 'The essay names three Chinese allies; Cambodia is not among them.'),
      span(1975, 1978, false, 'medium', `${ESSAY} S35`, 'The essay names three Chinese allies; Democratic Kampuchea is not among them.', { contested: 'Historians describe a Sino-Khmer Rouge entente with Chinese aid, short of a treaty.' }),
      span(1979, 2026, false, 'medium', ESSAY, 'The essay names three Chinese allies; Cambodia is not among them.'),
    ],
    treaty_any: [
      span(1949, 1959, false, 'high', 'S7', 'No treaty before December 1960.'),
      span(1960, 1970, true, 'high', 'S75 S7', 'The December 1960 treaty of friendship and mutual non-aggression, in force until the 1970 coup.', { contested: 'Its term is not verified; COW ends it on 5 May 1970.' }),
      span(1971, 2026, false, 'high', 'S6 S8', 'No bilateral security treaty since, Democratic Kampuchea included.'),
    ],
    treaty_defense: [
      span(1949, 2026, false, 'high', 'S7 S75', 'The 1960 non-aggression treaty carries no defence pledge, and there was no other treaty.'),
    ],
    cow: [
      span(1949, 1959, 'none', 'high', 'S6', 'No COW alliance before 1960.'),
      span(1960, 1970, 'nonaggression', 'high', 'S7', 'COW alliance 262: non-aggression from December 1960 to May 1970.'),
      span(1971, 2012, 'none', 'high', 'S6', 'No COW alliance.'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 1959, [], 'high', 'S8', 'No ATOP obligation before 1960.'),
      span(1960, 1970, ['nonaggression'], 'high', 'S8', 'ATOP codes the 1960 treaty as non-aggression.'),
      span(1971, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 2003 ASEAN treaty entry is left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'VNM-KHM',
    a: 'VNM',
    b: 'KHM',
    threat: [
      span(1949, 1955, 'no', 'medium', 'S31 S75', 'No common adversary: a French Union state, then a newly independent kingdom.'),
      span(1956, 1969, 'contested', 'medium', 'S68 S31', 'The rivalry data make Saigon a rival of both Hanoi and Sihanouk\'s neutral Cambodia; they shared a rival, not a cause.', { adversary: 'South Vietnam' }),
      span(1970, 1974, 'no', 'high', 'S68 S31', 'Lon Nol\'s Khmer Republic fought the Vietnamese communists; the rivalry data start in 1970.'),
      span(1975, 1978, 'no', 'high', 'S68 S69', 'Democratic Kampuchea and Vietnam were hostile and at war from 1977.'),
      span(1979, 1988, 'yes', 'high', 'S28 S30', 'Hanoi installed and defended the Phnom Penh government against the Khmer Rouge and China.', { adversary: 'China and the Khmer Rouge' }),
      span(1989, 1991, 'contested', 'medium', 'S56 S33', 'Vietnamese troops left in September 1989; the Paris settlement followed in October 1991.', { adversary: 'China and the Khmer Rouge' }),
      span(1992, 2026, 'no', 'medium', 'S32', 'No common adversary is documented.'),
    ],
    rift: [
      span(1949, 1974, false, 'medium', 'S31', NOT_BOTH_COMMUNIST),
      span(1975, 1978, true, 'high', 'S68 S69', 'Open enmity between the Vietnamese party and the Khmer Rouge.'),
      span(1979, 2026, false, 'high', 'S28 S33', 'The Phnom Penh party was Hanoi\'s protégé; after 1991 Cambodia has no ruling communist party.'),
    ],
    essay: [
      span(1949, 1978, false, 'high', ESSAY, 'The essay does not count Cambodia among Hanoi\'s four allies.'),
      span(1979, 1991, false, 'medium', `${ESSAY} S28`, 'The essay\'s four allies leave out the People\'s Republic of Kampuchea.', { contested: 'The 1979 treaty meets both criteria, so the essay\'s own rule counts it: an omission.' }),
      span(1992, 2026, false, 'high', ESSAY, 'The essay does not count Cambodia among Hanoi\'s allies.'),
    ],
    treaty_any: [
      span(1949, 1978, false, 'high', 'S6 S8', 'No treaty before February 1979.'),
      span(1979, 1991, true, 'medium', 'S28 S29', 'The February 1979 Treaty of Peace, Friendship and Cooperation bound both to help defend each other.', { contested: 'After Vietnam\'s 1989 withdrawal it was nominal.' }),
      span(1992, 2026, false, 'low', 'S29 S32', 'Its status after the 1991 settlement is unclear, with no sign it still binds.', { contested: 'An opposition columnist claims supplements were signed in 2005.' }),
    ],
    treaty_defense: [
      span(1949, 1978, false, 'high', 'S6 S8', 'No treaty before February 1979.'),
      span(1979, 1991, false, 'low', 'S28 S27', 'Article 2 of the 1979 treaty pledges help to strengthen each other\'s defence, like the 1977 Laos treaty\'s Article 2: no duty to defend the other.', { contested: 'Its promise of help "by all means" reads to some as a defence duty; COW and ATOP code neither treaty.' }),
      span(1992, 2026, false, 'low', 'S29', 'Its status after the 1991 settlement is unclear, with no sign it still binds.'),
    ],
    cow: [
      span(1949, 2012, 'none', 'high', 'S6', `No bilateral COW alliance; ${GENEVA}.`),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 2018, [], 'high', 'S8 S78', 'No bilateral ATOP obligation; the 1995 ASEAN treaty entry is left out.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
  {
    id: 'PRK-RUS',
    a: 'PRK',
    b: 'RUS',
    threat: [
      span(1949, 1960, 'yes', 'medium', 'S68 S69', 'Both were US rivals; Moscow backed the North in the Korean War.', { adversary: 'United States' }),
      span(1961, 1989, 'yes', 'high', 'S14 S68', 'The US and South Korea remained the adversary of both.', { adversary: 'United States' }),
      span(1990, 1991, 'contested', 'medium', 'S59', 'Moscow opened ties with Seoul in 1990.', { adversary: 'United States' }),
      span(1992, 2006, 'no', 'medium', 'S68', 'Russia was not a US rival in these years and courted Seoul.'),
      span(2007, 2026, 'yes', 'medium', 'S68 S17', 'Russia is a US rival again from 2007; the 2024 treaty faces the same adversary.', { adversary: 'United States' }),
    ],
    rift: [
      span(1949, 1961, false, 'medium', 'S47 S83', 'No open break between the Soviet and Korean parties before 1962.'),
      span(1962, 1964, true, 'medium', 'S83 S47', 'Pyongyang sided with Beijing against Khrushchev\'s "revisionism" and Moscow cut military aid, until his fall in October 1964.', { contested: 'The parties never broke formally; a coder who needs a formal break codes no.' }),
      span(1965, 1991, false, 'medium', 'S47', 'Ties mended after Kosygin\'s 1965 visit; Pyongyang leaned to Moscow in 1965–69.'),
      span(1992, 2026, false, 'high', 'S38', NOT_BOTH_COMMUNIST),
    ],
    essay: [
      span(1949, 1960, false, 'medium', 'S14', 'Not in the essay; coded by its logic: no alliance before the 1961 treaty.', { contested: 'The essay makes no claim about this pair.' }),
      span(1961, 1991, true, 'medium', 'S14', 'Not in the essay; coded by its logic: the 1961 treaty\'s Article 1 promised immediate military aid, between two communist states.', { contested: 'The essay makes no claim about this pair.' }),
      span(1992, 2023, false, 'medium', 'S15 S16', 'Not in the essay; by its logic the Soviet treaty lost its meaning with the USSR, and the 2000 treaty offers consultation only.', { contested: 'The essay makes no claim about this pair; the 1961 treaty lapsed only in 1995–96.' }),
      span(2024, 2026, true, 'medium', 'S17', 'Not in the essay; Article 4 of the 19 June 2024 treaty promises immediate military assistance if either is attacked.', { contested: 'The essay makes no claim about this pair.' }),
    ],
    treaty_any: [
      span(1949, 1960, false, 'high', 'S14', 'No treaty before July 1961.'),
      span(1961, 1996, true, 'medium', 'S14 S15', 'The 1961 treaty promised immediate military aid; its last five-year term ran out in September 1996.', { contested: 'COW ends it in September 1995; Gibler says it effectively died with the USSR in 1991.' }),
      span(1997, 1999, false, 'high', 'S16', 'No treaty between the old treaty\'s lapse and February 2000.'),
      span(2000, 2026, true, 'high', 'S16 S17', 'The 2000 friendship treaty (consultation), replaced in December 2024 by a mutual-assistance treaty.'),
    ],
    treaty_defense: [
      span(1949, 1960, false, 'high', 'S14', 'No treaty before July 1961.'),
      span(1961, 1996, true, 'medium', 'S14 S15', 'Article 1 of the 1961 treaty promised immediate military aid; its last term ran out in September 1996.', { contested: 'COW ends it in September 1995; Gibler says it effectively died with the USSR in 1991.' }),
      span(1997, 2023, false, 'high', 'S16', 'The 2000 treaty offers consultation, not automatic assistance.'),
      span(2024, 2026, true, 'high', 'S17', 'Article 4 of the treaty signed on 19 June 2024 (in force 4 December 2024) promises immediate military assistance.'),
    ],
    cow: [
      span(1949, 1960, 'none', 'high', 'S6', 'No COW alliance before 1961.'),
      span(1961, 1995, 'defense', 'high', 'S7 S9', 'COW alliance 264: a defence pact until 7 September 1995.'),
      span(1996, 1999, 'none', 'high', 'S6', 'No COW alliance.'),
      span(2000, 2012, 'entente', 'high', 'S6', 'COW codes the 2000 treaty as an entente.'),
      span(2013, 2026, null, 'high', 'S6', COW_ENDS),
    ],
    atop: [
      span(1949, 1960, [], 'high', 'S8', 'No ATOP obligation before 1961.'),
      span(1961, 1996, ['defense', 'nonaggression'], 'high', 'S8', 'ATOP codes the 1961 treaty with defence and non-aggression obligations through 1996.'),
      span(1997, 1999, [], 'high', 'S8', 'No ATOP obligation.'),
      span(2000, 2018, ['consultation'], 'high', 'S8', 'ATOP codes the 2000 treaty as consultation.'),
      span(2019, 2026, null, 'high', 'S8', ATOP_ENDS),
    ],
  },
]
