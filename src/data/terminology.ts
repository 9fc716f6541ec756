import type { Language } from '@/i18n/languages'

/*
 * Words that take sides: the names Hanoi and Beijing give to events, places and regimes so as to
 * take a side, from docs/terminology.md section 1.1 (keep the two in step). For each, the neutral
 * term the app uses in each language, and each side's own term in its own language with a gloss
 * for readers of the other languages. The note is the record of why the name is contested and
 * stays in English (rendered with lang="en").
 *
 * Shown as the glossary's terminology table (src/features/about/glossary-list.tsx) and on hover
 * and focus by `<ContestedTerm id>` (src/ui/contested-term.tsx).
 */

/** One side's own term, as that side writes it, with what it says in the other languages. */
export interface SideTerm<G extends Language> {
  /** The term in the side's own language. */
  readonly term: string
  /** What the term says, for readers of the other languages. */
  readonly gloss: Readonly<Record<G, string>>
}

export interface ContestedName {
  /** Stable id: `<ContestedTerm id>` and the table row `#terminology-<id>`. */
  readonly id: string
  /** The neutral term the app uses, in each language. */
  readonly neutral: Readonly<Record<Language, string>>
  /** Vietnamese official and popular usage (in Vietnamese). */
  readonly vietnamese: SideTerm<'en' | 'zh-Hans'>
  /** PRC official usage (in Chinese). */
  readonly prc: SideTerm<'en' | 'vi'>
  /** Why the name is contested and why the neutral term was chosen, in English. */
  readonly note: string
}

export const TERMINOLOGY = [
  {
    id: '1979-war',
    neutral: {
      en: 'Sino-Vietnamese War of 1979',
      vi: 'Chiến tranh biên giới Việt–Trung năm 1979',
      'zh-Hans': '1979年中越战争',
    },
    vietnamese: {
      term: 'Chiến tranh bảo vệ biên giới phía Bắc',
      gloss: { en: 'war to defend the northern border', 'zh-Hans': '北部边境保卫战' },
    },
    prc: {
      term: '对越自卫反击战',
      gloss: {
        en: 'self-defence counterattack against Vietnam',
        vi: 'cuộc phản công tự vệ chống Việt Nam',
      },
    },
    note: 'Each official name assigns blame: one side defended against aggression, the other struck back in self-defence. The place-and-year name is the one both languages’ scholarship uses outside official histories. It covers the February–March 1979 campaign only, not the border fighting of the 1980s.',
  },
  {
    id: 'south-china-sea',
    neutral: { en: 'South China Sea', vi: 'Biển Đông', 'zh-Hans': '南海' },
    vietnamese: {
      term: 'Biển Đông',
      gloss: { en: 'literally “East Sea”', 'zh-Hans': '字面意为“东方的海”' },
    },
    prc: {
      term: '南海（南中国海）',
      gloss: {
        en: 'literally “South Sea” (“South China Sea”)',
        vi: 'nghĩa đen là “biển phía Nam” (“biển Nam Trung Hoa”)',
      },
    },
    note: 'The mildest of these disputes: each language’s usual name is neutral in that language. Biển Đông must not become 东海 in Chinese (the East China Sea), and the Vietnamese name must not become “East Sea” in English.',
  },
  {
    id: 'paracels',
    neutral: { en: 'Paracel Islands', vi: 'quần đảo Hoàng Sa', 'zh-Hans': '西沙群岛' },
    vietnamese: {
      term: 'quần đảo Hoàng Sa của Việt Nam; huyện đảo Hoàng Sa, thành phố Đà Nẵng',
      gloss: {
        en: 'Vietnam’s Hoang Sa archipelago; Hoang Sa island district, Da Nang city',
        'zh-Hans': '越南的黄沙群岛；岘港市黄沙岛县',
      },
    },
    prc: {
      term: '西沙群岛（海南省三沙市）',
      gloss: {
        en: 'Xisha Islands (Sansha city, Hainan province)',
        vi: 'quần đảo Tây Sa (thành phố Tam Sa, tỉnh Hải Nam)',
      },
    },
    note: 'Held by the PRC since 1974, claimed by Vietnam and by Taipei. Each language has one usual name; neutrality comes from dropping possessives and administrative units and from giving the other names once.',
  },
  {
    id: 'spratlys',
    neutral: { en: 'Spratly Islands', vi: 'quần đảo Trường Sa', 'zh-Hans': '南沙群岛' },
    vietnamese: {
      term: 'quần đảo Trường Sa của Việt Nam; huyện đảo Trường Sa, tỉnh Khánh Hòa',
      gloss: {
        en: 'Vietnam’s Truong Sa archipelago; Truong Sa island district, Khanh Hoa province',
        'zh-Hans': '越南的长沙群岛；庆和省长沙岛县',
      },
    },
    prc: {
      term: '南沙群岛（海南省三沙市）',
      gloss: {
        en: 'Nansha Islands (Sansha city, Hainan province)',
        vi: 'quần đảo Nam Sa (thành phố Tam Sa, tỉnh Hải Nam)',
      },
    },
    note: 'Claimed in whole or part by China, Taiwan, Vietnam, the Philippines, Malaysia and Brunei, with features held by several of them. Same approach as the Paracels.',
  },
  {
    id: 'paracels-1974',
    neutral: {
      en: 'Battle of the Paracel Islands (1974)',
      vi: 'trận hải chiến Hoàng Sa năm 1974',
      'zh-Hans': '1974年西沙海战',
    },
    vietnamese: {
      term: 'Hải chiến Hoàng Sa 1974; Trung Quốc “cưỡng chiếm” quần đảo',
      gloss: {
        en: 'Hoang Sa naval battle of 1974; China “seized by force” the islands',
        'zh-Hans': '1974年黄沙海战；中国“强占”群岛',
      },
    },
    prc: {
      term: '西沙海战（西沙自卫反击战）；中国“收复”西沙',
      gloss: {
        en: 'Xisha naval battle (Xisha self-defence counterattack); China “recovered” the islands',
        vi: 'hải chiến Tây Sa (cuộc phản công tự vệ Tây Sa); Trung Quốc “thu hồi” quần đảo',
      },
    },
    note: 'The event names are close; the claim lives in the verb (seize or recover) and in “self-defence”. China’s opponent was the Republic of Vietnam (Saigon), not the North, which stayed publicly silent.',
  },
  {
    id: 'johnson-south-1988',
    neutral: {
      en: 'Johnson South Reef skirmish (1988)',
      vi: 'cuộc đụng độ ở đá Gạc Ma năm 1988',
      'zh-Hans': '1988年赤瓜礁冲突',
    },
    vietnamese: {
      term: 'Hải chiến Gạc Ma, sự kiện Gạc Ma; trong dân gian cả “thảm sát Gạc Ma”',
      gloss: {
        en: 'Gac Ma naval battle, the Gac Ma incident; popularly also the “Gac Ma massacre”',
        'zh-Hans': '赤瓜礁海战、赤瓜礁事件；民间也称“赤瓜礁屠杀”',
      },
    },
    prc: {
      term: '赤瓜礁海战（“3·14海战”），“自卫还击”',
      gloss: {
        en: 'Chigua Reef naval battle (the “14 March naval battle”), “returning fire in self-defence”',
        vi: 'hải chiến đá Xích Qua (“hải chiến 14/3”), “tự vệ đánh trả”',
      },
    },
    note: 'The side names make the fight a massacre or a defensive action; “clash” makes it neither. The reef has three names (Gạc Ma, 赤瓜礁, and Mabini in Philippine usage), and each side says it landed first.',
  },
  {
    id: 'cambodia-war',
    neutral: {
      en: 'Cambodian–Vietnamese War (1978–1989)',
      vi: 'Chiến tranh Campuchia–Việt Nam (1978–1989)',
      'zh-Hans': '柬越战争（1978—1989）',
    },
    vietnamese: {
      term: 'Chiến tranh bảo vệ biên giới Tây Nam; “giúp nhân dân Campuchia thoát khỏi chế độ diệt chủng”',
      gloss: {
        en: 'war to defend the south-western border; “helping the Cambodian people escape the genocidal regime”',
        'zh-Hans': '西南边境保卫战；“帮助柬埔寨人民摆脱种族灭绝政权”',
      },
    },
    prc: {
      term: '越南入侵柬埔寨（越南侵柬），“地区霸权主义”',
      gloss: {
        en: 'Vietnam’s invasion of Cambodia, “regional hegemonism”',
        vi: 'Việt Nam xâm lược Campuchia, “chủ nghĩa bá quyền khu vực”',
      },
    },
    note: 'Hanoi frames it as defence against Khmer Rouge border raids that also ended a genocide; Beijing, ASEAN and most of the UN treated it as invasion and occupation. “Sending troops” (đưa quân vào, 出兵) states the fact without either verdict.',
  },
  {
    id: 'khmer-rouge',
    neutral: {
      en: 'Khmer Rouge (Democratic Kampuchea, 1976–79)',
      vi: 'Khmer Đỏ (Campuchia Dân chủ, 1976–79)',
      'zh-Hans': '红色高棉（民主柬埔寨，1976—1979）',
    },
    vietnamese: {
      term: 'tập đoàn Pôn Pốt – Iêng Xari; chế độ diệt chủng Pôn Pốt',
      gloss: {
        en: 'the Pol Pot–Ieng Sary clique; the genocidal Pol Pot regime',
        'zh-Hans': '波尔布特—英萨利集团；波尔布特种族灭绝政权',
      },
    },
    prc: {
      term: '民主柬埔寨（民柬）',
      gloss: {
        en: 'Democratic Kampuchea, the government China recognised in 1979–91',
        vi: 'Campuchia Dân chủ, chính phủ được Trung Quốc công nhận trong những năm 1979–91',
      },
    },
    note: 'Vietnamese official language names the regime after its leaders and its crimes; PRC usage of the 1980s kept the state’s name to keep its claim to legitimacy. The movement’s common name and the state’s own name are neutral in both languages.',
  },
  {
    id: 'prk',
    neutral: {
      en: 'People’s Republic of Kampuchea (1979–89)',
      vi: 'Cộng hòa Nhân dân Campuchia (1979–89)',
      'zh-Hans': '柬埔寨人民共和国（1979—1989）',
    },
    vietnamese: {
      term: 'Cộng hòa Nhân dân Campuchia; chính quyền cách mạng Campuchia',
      gloss: {
        en: 'People’s Republic of Kampuchea; the revolutionary government of Cambodia',
        'zh-Hans': '柬埔寨人民共和国；柬埔寨革命政权',
      },
    },
    prc: {
      term: '韩桑林政权；越南扶植的金边傀儡政权',
      gloss: {
        en: 'the Heng Samrin regime; Vietnam’s puppet regime in Phnom Penh',
        vi: 'chính quyền Heng Samrin; chính quyền bù nhìn ở Phnôm Pênh do Việt Nam dựng lên',
      },
    },
    note: 'China, ASEAN and the West did not recognise it; naming it after a leader or calling it a puppet denies it was a government. The app codes the government that held Phnom Penh, so it uses the state’s own name.',
  },
  {
    id: 'sino-soviet-split',
    neutral: { en: 'Sino-Soviet split', vi: 'sự chia rẽ Trung–Xô', 'zh-Hans': '中苏分裂' },
    vietnamese: {
      term: 'bất đồng Xô–Trung, mâu thuẫn Xô–Trung',
      gloss: { en: 'Soviet–Chinese disagreement, discord', 'zh-Hans': '苏中分歧、苏中矛盾' },
    },
    prc: {
      term: '中苏论战，中苏交恶；“反修”',
      gloss: {
        en: 'the Sino-Soviet polemics, the souring of relations; “the struggle against revisionism”',
        vi: 'cuộc luận chiến Trung–Xô, quan hệ Trung–Xô xấu đi; “chống chủ nghĩa xét lại”',
      },
    },
    note: 'Each party cast the other as the heretic (revisionism against dogmatism), and Hanoi avoided siding publicly. 中苏论战 names only the polemics of the 1960s; a plain “split” suits the break in party and state relations that the app codes to 1989.',
  },
  {
    id: 'vietnam-war',
    neutral: { en: 'Vietnam War', vi: 'Chiến tranh Việt Nam', 'zh-Hans': '越南战争' },
    vietnamese: {
      term: 'Kháng chiến chống Mỹ cứu nước',
      gloss: {
        en: 'the resistance war against America to save the nation',
        'zh-Hans': '抗美救国战争',
      },
    },
    prc: {
      term: '越南战争（越战）；中国的参与：“抗美援越”',
      gloss: {
        en: 'the Vietnam War; China’s part: “resist America, aid Vietnam”',
        vi: 'Chiến tranh Việt Nam; phần của Trung Quốc: “kháng Mỹ viện Việt”',
      },
    },
    note: 'The Vietnamese name makes it a national war of resistance against a foreign aggressor; the English name only gives the place. Vietnamese historians writing for an international readership say Chiến tranh Việt Nam; in Chinese 越南战争 is both usual and neutral.',
  },
  {
    id: 'korean-war',
    neutral: {
      en: 'Korean War (1950–53)',
      vi: 'Chiến tranh Triều Tiên (1950–53)',
      'zh-Hans': '朝鲜战争（1950—1953）',
    },
    vietnamese: {
      term: 'Chiến tranh Triều Tiên',
      gloss: { en: 'the Korean War', 'zh-Hans': '朝鲜战争' },
    },
    prc: {
      term: '抗美援朝战争；中国人民志愿军',
      gloss: {
        en: 'the war to resist America and aid Korea; the Chinese People’s Volunteers',
        vi: 'cuộc chiến tranh “kháng Mỹ viện Triều”; Chí nguyện quân Nhân dân Trung Quốc',
      },
    },
    note: 'The PRC name presents China’s entry as defence against US aggression; Pyongyang calls it the Fatherland Liberation War and Seoul the 6·25 War. 朝鲜战争 is also used in PRC scholarship.',
  },
  {
    id: 'first-indochina-war',
    neutral: {
      en: 'First Indochina War (1946–54)',
      vi: 'Chiến tranh Đông Dương lần thứ nhất (1946–54)',
      'zh-Hans': '第一次印度支那战争（1946—1954）',
    },
    vietnamese: {
      term: 'Kháng chiến chống thực dân Pháp',
      gloss: {
        en: 'the resistance war against French colonialism',
        'zh-Hans': '抗击法国殖民主义的抗战',
      },
    },
    prc: {
      term: '越南抗法战争；中国的参与：“援越抗法”',
      gloss: {
        en: 'Vietnam’s war of resistance against France; China’s part: “aid Vietnam, resist France”',
        vi: 'cuộc kháng chiến chống Pháp của Việt Nam; phần của Trung Quốc: “viện Việt kháng Pháp”',
      },
    },
    note: 'Vietnam and China share the anti-colonial frame here, but it is still a side’s name (France spoke of la guerre d’Indochine). The numbered name is the scholarly one in both languages.',
  },
  {
    id: 'republic-of-vietnam',
    neutral: {
      en: 'Republic of Vietnam (South Vietnam, 1955–75)',
      vi: 'Việt Nam Cộng hòa (chính quyền Sài Gòn, 1955–75)',
      'zh-Hans': '越南共和国（南越，1955—1975）',
    },
    vietnamese: {
      term: 'chính quyền Sài Gòn; “ngụy quyền”, “Mỹ–ngụy”',
      gloss: {
        en: 'the Saigon regime; “puppet regime”, “the Americans and their puppets”',
        'zh-Hans': '西贡政权；“伪政权”“美伪”',
      },
    },
    prc: {
      term: '南越伪政权；西贡政权',
      gloss: {
        en: 'the bogus South Vietnamese regime; the Saigon regime',
        vi: 'chính quyền “ngụy” Nam Việt; chính quyền Sài Gòn',
      },
    },
    note: '“Puppet” and “bogus” deny it was a state (both are historical usages). Its own name is increasingly used in Vietnamese scholarship, and “the Saigon government” is a plain metonym like “Hanoi”.',
  },
] as const satisfies readonly ContestedName[]

export type ContestedId = (typeof TERMINOLOGY)[number]['id']

const BY_ID = new Map<string, ContestedName>(TERMINOLOGY.map((e) => [e.id, e]))

/** The row of a contested name; every `ContestedId` has one. */
export const contestedName = (id: ContestedId): ContestedName => BY_ID.get(id)!

/** The id of a contested name's row in the glossary's terminology table, for links. */
export const terminologyAnchor = (id: string) => `terminology-${id}`
