import type { Source } from '@/model/types'

/**
 * Sources of the new states and of the first wave of out-of-sample pairs (docs/data.md).
 * Ids are kept from the research notes the pairs were coded from (WS1–WS64), so they never collide
 * with the essay cases' S ids. The same rules as ../sources.ts apply: a title a reader can find the
 * work by, a link only to a canonical https page, and "not linked" in the title of one without.
 */
export const WAVE1_SOURCES: Source[] = [
  {
    id: 'WS1',
    title:
      'Correlates of War Formal Alliances v4.1, dyad-year file. Gibler, Douglas M. 2009. International Military Alliances, 1648–2008. Washington, DC: CQ Press. Read from cow_alliance in the R package peacesciencer (see WS7)',
    url: 'https://correlatesofwar.org/data-sets/formal-alliances/',
  },
  {
    id: 'WS2',
    title:
      'Correlates of War Formal Alliances v4.1, dyad-level file with day-level start and end dates and alliance numbers (Gibler 2009), read from the alliance object of the R package dyadr (GitHub RandiLGarcia/dyadr)',
    url: 'https://correlatesofwar.org/data-sets/formal-alliances/',
  },
  {
    id: 'WS3',
    title:
      'Alliance Treaty Obligations and Provisions (ATOP) v5.1, directed dyad-year file. Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions, 1815–1944." International Interactions 28(3): 237–260, doi:10.1080/03050620213653',
    url: 'https://www.atopdata.org/',
  },
  {
    id: 'WS4',
    title:
      "Strategic rivalries: Thompson, William R., Kentaro Sakuwa and Prashant Hosur Suhas. Analyzing Strategic Rivalries in World Politics: Types of Rivalry, Regional Variation, and Escalation/De-escalation. Singapore: Springer, 2022 (data to 2020); and Thompson, William R. and David R. Dreyer. 2011. Handbook of International Rivalries, 1494–2010. Washington, DC: CQ Press (data to 2010). Read from peacesciencer's tss_rivalries and td_rivalries (not linked)",
  },
  {
    id: 'WS5',
    title:
      "Correlates of War Inter-State War data v4.0. Sarkees, Meredith Reid and Frank Whelon Wayman. 2010. Resort to War: 1816–2007. Washington, DC: CQ Press. Read from peacesciencer's cow_war_inter",
    url: 'https://correlatesofwar.org/data-sets/cow-war/',
  },
  {
    id: 'WS6',
    title: 'Correlates of War Project. 2017. State System Membership List, v2016',
    url: 'https://correlatesofwar.org/data-sets/state-system-membership/',
  },
  {
    id: 'WS8',
    title:
      'Gibler, Douglas M. 2009. International Military Alliances, 1648–2008. CQ Press. Entry for the Greek–Turkish–Yugoslav Treaty of Friendship and Collaboration (alliance ends 4 Apr 1964; UNTS No. 2199) and the text of the 1993 Russia–Mongolia treaty (not linked)',
  },
  {
    id: 'WS9',
    title: '"Russia-Mongolia Pact" (AP), The Press (Christchurch), 18 Jan 1966, p. 11',
    url: 'https://paperspast.natlib.govt.nz/newspapers/CHP19660118.2.105',
  },
  {
    id: 'WS10',
    title:
      'Radchenko, Sergey. 2012. "Soviet Withdrawal from Mongolia, 1986–1992: A Reassessment." Journal of Slavic Military Studies 25(2): 183–203',
    url: 'https://doi.org/10.1080/13518046.2012.676484',
  },
  {
    id: 'WS11',
    title: 'Inter-Parliamentary Union, PARLINE historical archive: Mongolia, 1990 elections',
    url: 'https://archive.ipu.org/parline-e/reports/arc/2219_90.htm',
  },
  {
    id: 'WS12',
    title:
      "FAO FAOLEX record: Agreement on friendly relations and cooperation between the Russian Federation and Mongolia (1993) — term and entry-into-force clauses (via UNEP's Law and Environment Assistance Platform)",
    url: 'https://leap.unep.org/countries/ru/national-legislation/agreement-friendly-relations-and-cooperation-between-russian',
  },
  {
    id: 'WS13',
    title:
      'TASS reports of 2 Sep 2019 (Putin\'s arrival in Ulan Bator; his earlier visits in 2000 and 2014) and 3 Sep 2019 ("Putin praises milestone permanent treaty with Mongolia")',
    url: 'https://tass.com/politics/1076092',
  },
  {
    id: 'WS14',
    title:
      'Los Angeles Times archive: "Soviets to Recall a Troop Division From Mongolia" (16 Jan 1987); "The World" (8 Mar 1989); "Soviet Troops to Leave Mongolia in 2 Years" (3 Mar 1990)',
    url: 'https://www.latimes.com/archives/la-xpm-1987-01-16-mn-3753-story.html',
  },
  {
    id: 'WS17',
    title:
      "《中外关系史辞典》 (Dictionary of the History of China's Foreign Relations), Hubei People's Press, entry 中国与蒙古关系, p. 1041 (not linked)",
  },
  {
    id: 'WS19',
    title:
      'Foreign Relations of the United States, 1948, vol. IV, doc. 697 (editorial note on the Cominform resolution)',
    url: 'https://history.state.gov/historicaldocuments/frus1948v04/d697',
  },
  {
    id: 'WS22',
    title:
      'Rajak, Svetozar. 2010. Yugoslavia and the Soviet Union in the Early Cold War: Reconciliation, Comradeship, Confrontation, 1953–1957. London: Routledge (Cold War History series), ISBN 9780415380744 (not linked)',
  },
  {
    id: 'WS23',
    title:
      'Seroka, Jim. 1990. "Change and Reform of the League of Communists of Yugoslavia." The Carl Beck Papers in Russian and East European Studies, University of Pittsburgh, June 1990',
    url: 'https://carlbeckpapers.pitt.edu/',
  },
  {
    id: 'WS24',
    title:
      'Bundeszentrale für politische Bildung, Deutschland-Chronik, "14. Mai 1955" (Warsaw Pact; Albania\'s membership dormant from 1962, exit 13 Sep 1968)',
    url: 'https://www.bpb.de/themen/zeit-kulturgeschichte/deutschland-chronik/131327/14-mai-1955',
  },
  {
    id: 'WS25',
    title: '"Kremlin, Albania Restoring Ties" (AP), Los Angeles Times, 31 Jul 1990',
    url: 'https://www.latimes.com/archives/la-xpm-1990-07-31-mn-1208-story.html',
  },
  {
    id: 'WS26',
    title:
      'Szalontai, Balázs. "Through a Glass, Darkly: The Foreign Office and the Soviet-Albanian Split, 1961–62." Subject essay, Cold War Eastern Europe (Adam Matthew) (not linked)',
  },
  {
    id: 'WS27',
    title: 'Inter-Parliamentary Union, PARLINE historical archive: Albania, 1992 elections',
    url: 'https://archive.ipu.org/parline-e/reports/arc/2001_92.htm',
  },
  {
    id: 'WS28',
    title:
      '"China cuts off all aid to Albania" (AP), The Michigan Daily, 14 Jul 1978, p. 7 (Bentley Historical Library digital archive)',
    url: 'https://digital.bentley.umich.edu/midaily/mdp.39015071754621/727',
  },
  {
    id: 'WS29',
    title: '"Albania-China ties cut" (NZPA-Reuter), The Press (Christchurch), 14 Jul 1978',
    url: 'https://paperspast.natlib.govt.nz/newspapers/CHP19780714.2.66',
  },
  {
    id: 'WS30',
    title:
      'Wilson Center Digital Archive, "Memorandum of Conversation with Comrade Zhou Enlai", 18 Jan 1961',
    url: 'https://digitalarchive.wilsoncenter.org/document/memorandum-conversation-comrade-zhou-enlai',
  },
  {
    id: 'WS33',
    title:
      'Radio Habana Cuba, "Cuba commemorates 64th anniversary of proclamation of socialist character of Revolution", 16 Apr 2025',
    url: 'https://radiohc.cu/fr/noticias/nacionales/380946-cuba-commemorates-64th-anniversary-of-proclamation-of-socialist-character-of-revolution',
  },
  {
    id: 'WS34',
    title:
      'Granma, report on the 45th anniversary of the first Central Committee of the Communist Party of Cuba (3 Oct 1965), 2 Oct 2010',
    url: 'https://www.granma.cu/granmad/2010/10/02/nacional/artic13.html',
  },
  {
    id: 'WS36',
    title: 'Great Soviet Encyclopedia, 3rd ed., article "Soviet-Cuban Agreements" (not linked)',
  },
  {
    id: 'WS41',
    title:
      'Treaty of Alliance, Political Cooperation and Mutual Assistance between Turkey, Greece and the FPR of Yugoslavia (Balkan Pact), Bled, 9 Aug 1954. Avalon Project, Yale Law School',
    url: 'https://avalon.law.yale.edu/20th_century/eu002.asp',
  },
  {
    id: 'WS42',
    title:
      'Treaty of Friendship and Collaboration between Greece, Turkey and Yugoslavia, Ankara, 28 Feb 1953, United Nations Treaty Series No. 2199; English text also in the Avalon Project, Yale Law School',
    url: 'https://avalon.law.yale.edu/20th_century/eu001.asp',
  },
  {
    id: 'WS43',
    title: 'NATO, "Marking 60 years of membership" (Greece and Turkey), 18 Feb 2012',
    url: 'https://www.nato.int/cps/en/natohq/news_84445.htm',
  },
  {
    id: 'WS44',
    title:
      'FRUS, 1952–1954, vol. V, part 1, doc. 142 (editorial note on the accession of Greece and Turkey; protocol in 126 UNTS 350)',
    url: 'https://history.state.gov/historicaldocuments/frus1952-54v05p1/d142',
  },
  {
    id: 'WS46',
    title:
      'Embassy of the Russian Federation in India, "Indo-Soviet Relations — Documents (1971)" (includes the treaty of 9 Aug 1971)',
    url: 'https://india.mid.ru/en/history_/articles_and_documents/indo_soviet_relations_documents_1971/',
  },
  {
    id: 'WS49',
    title: 'Zhao Huanxin, "China, Pakistan sign cooperation treaty", China Daily, 6 Apr 2005',
    url: 'https://www.chinadaily.com.cn/english/doc/2005-04/06/content_431695.htm',
  },
  {
    id: 'WS50',
    title:
      "China Radio International (Japanese service), report on the NPC Standing Committee's approval of the China–Pakistan treaty, 28 Aug 2005 (not linked)",
  },
  {
    id: 'WS51',
    title:
      'UN Security Council Resolution 1453 (2002), 24 Dec 2002, endorsing the Kabul Declaration on Good-Neighbourly Relations of 22 Dec 2002',
    url: 'https://undocs.org/S/RES/1453(2002)',
  },
  {
    id: 'WS52',
    title:
      '《人民日报》 (People\'s Daily) commentary "中巴是全天候好兄弟", 18 May 2011 (not linked)',
  },
  {
    id: 'WS55',
    title:
      'Zickel, Raymond and Walter R. Iwaskiw, eds. 1994. Albania: A Country Study. 2nd ed. Washington, DC: Federal Research Division, Library of Congress (not linked)',
  },
  {
    id: 'WS56',
    title:
      'Curtis, Glenn E., ed. 1992. Yugoslavia: A Country Study. 3rd ed. Washington, DC: Federal Research Division, Library of Congress (not linked)',
  },
  {
    id: 'WS57',
    title:
      "UN General Assembly Resolution 47/1 (22 Sep 1992) on the Federal Republic of Yugoslavia's claim to continue the SFRY's membership",
    url: 'https://undocs.org/A/RES/47/1',
  },
  {
    id: 'WS59',
    title:
      'Radio Florida (ICRT), item on the 3 Oct 1965 constitution of the first Central Committee of the Communist Party of Cuba, with the ORI (1961) and PURSC (1962) stages, Oct 2024',
    url: 'https://www.radioflorida.icrt.cu/?p=118967',
  },
  {
    id: 'WS61',
    title:
      'Chennai Centre for China Studies, "China: Revisiting the 2005 Friendship Treaty with Pakistan" (first published by the South Asia Analysis Group)',
    url: 'https://www.c3sindia.org/post/china-revisiting-the-2005-friendship-treaty-with-pakistan',
  },
  {
    id: 'WS62',
    title:
      'Azeemi, Haris Raqeeb. 2007. "55 Years of Pakistan-China Relationship." Pakistan Horizon 60(2): 109–124',
    url: 'https://www.jstor.org/stable/41500066',
  },
  {
    id: 'WS63',
    title:
      '"Pakistan\'s cabinet gives nod for security pact with China", The Express Tribune, 4 Sep 2016',
    url: 'https://tribune.com.pk/story/1175690/cabinet-gives-nod-security-pact-china/',
  },
]
