import { translation } from '@/i18n/catalogue'
import type { exerciseTexts } from './exercises.en'

export default translation<typeof exerciseTexts>('data.exercises', {
  'russia-stays-communist.question':
    '如果俄罗斯在1991年后仍由共产党执政，河内会保持与莫斯科的同盟吗？',
  'russia-stays-communist.context':
    '1978年的《苏越友好合作条约》规定双方在遭受攻击时进行磋商。1994年越南以一项没有防御条款的条约取而代之；原文认为，河内放弃该条约，是因为后苏联时代的俄罗斯已不再与其意识形态相同，尽管双方的利益或许仍然契合。1994年后我们没有找到存在共同对手的证据，因此即使俄罗斯仍由共产党执政，模型的预测也止于此。',
  'russia-stays-communist.prompts.0':
    '来自中国的威胁在1992—94年被编码为有争议，此后为不存在。如果有争议的威胁不计为共同威胁，答案会怎样变化？如果你认为河内和莫斯科在1994年后面临共同威胁，请在编辑器中编码并观察结果。',
  'russia-stays-communist.prompts.1':
    '意识形态在1991年就已不再相同，但条约到1994年才终止。如何解释这种滞后？它是否削弱了“两个条件缺一不可”的论断？',
  'no-sino-soviet-split.question': '如果北京和莫斯科从未分裂，两国的同盟会延续到1969年以后吗？',
  'no-sino-soviet-split.context':
    '1950年的条约在法律上有效至1980年，但两党的公开冲突约于1960年开始，1969年双方在乌苏里江交火。原文认为同盟在1969年结束，即意识形态决裂多年之后。',
  'no-sino-soviet-split.prompts.0':
    'Vu把中苏决裂视为意识形态上的决裂。仅凭共同敌人能维持这一同盟吗？',
  'no-sino-soviet-split.prompts.1': '试试退出滞后规则：原文需要多少年的滞后才能解释1960—69年？',
  'hanoi-beijing-stay-comrades.question':
    '如果河内和北京在1975年后仍是同志，两国的同盟会继续下去吗？',
  'hanoi-beijing-stay-comrades.context':
    '1975年后，中国支持红色高棉对抗越南，1978年停止援助，1979年出兵越南。原文把这次决裂解读为共同安全利益的丧失，而非共同意识形态的丧失：两国都仍由共产党执政。',
  'hanoi-beijing-stay-comrades.prompts.0':
    '中国与北越之间从未签订过条约。按照Lan的定义，1954—75年的关系究竟算不算同盟？',
  'hanoi-beijing-stay-comrades.prompts.1':
    '两个正在交战的执政党，意识形态真的相同吗？应当如何衡量？',
  'north-korea-abandons-communism.question':
    '如果朝鲜在1994年放弃共产主义，中国会保持与朝鲜的同盟吗？',
  'north-korea-abandons-communism.context':
    '1961年的条约是中国目前唯一的正式同盟，有明确的防御条款，并且除非双方同意，否则没有终止日期。原文用共同威胁和相同的意识形态来解释它的延续。',
  'north-korea-abandons-communism.prompts.0':
    '第七条规定，条约在双方同意终止之前一直有效。条约的延续是Vu所说两个条件的证据，还是条约设计的结果？',
  'north-korea-abandons-communism.prompts.1':
    '2024年朝鲜与非共产党执政的俄罗斯签订了防御条约。这个案例对该规则说明了什么？',
  'vietnam-turns-non-communist.question': '如果越南在1991年结束一党执政，它还会与老挝结盟吗？',
  'vietnam-turns-non-communist.context':
    '1977年的《越老友好合作条约》承诺支持对方的防御，但没有明确规定保卫对方的义务。越南官员称其为防御条约；Lan则怀疑它是否算同盟。',
  'vietnam-turns-non-communist.prompts.0':
    '判断老挝条约是否为同盟，应当依据什么：条约文本、缔约方的行动，还是官方的名称？',
  'vietnam-turns-non-communist.prompts.1': '把辩论视角切换到Lan的解读。那时越南还有几个盟友？',
  'no-south-china-sea-dispute.question':
    '如果1991年后中越之间没有海上争端，并且面临共同威胁，两国会再次结盟吗？',
  'no-south-china-sea-dispute.context':
    '两国关系于1991年正常化，但南海争端（如2014年“海洋石油981”钻井平台对峙事件）使中国始终是越南最主要的安全关切；越南的政策排除了军事同盟。',
  'no-south-china-sea-dispute.prompts.0':
    '紧邻大国的小国，所面临的选择与那个大国当年的选择相同吗？不对称性揭示了哪些意识形态所忽略的因素？',
  'no-south-china-sea-dispute.prompts.1':
    '越南和美国如今对中国有共同的担忧，但意识形态不同。哪个模型最能解释河内的谨慎？',
  'tito-stays-with-stalin.question':
    '如果铁托从未与斯大林决裂，南斯拉夫会一直与莫斯科结盟到1991年吗？',
  'tito-stays-with-stalin.context':
    '去掉两党之争、并以西方为共同敌人之后，两个条件在1989年之前都成立，模型预测存在同盟。历史上，莫斯科于1949年宣布废除1945年的条约，贝尔格莱德也没有加入任何集团；1953—54年它甚至与希腊和土耳其签订了防御条约。',
  'tito-stays-with-stalin.prompts.0':
    '在1948—55年，分裂同时消除了两个条件。这个案例能告诉我们两个条件中哪一个起了作用吗？',
  'tito-stays-with-stalin.prompts.1':
    '看看南斯拉夫—希腊和南斯拉夫—土耳其：一个共产党执政的国家与北约成员国订有防御条约。这条规则是否只适用于两个共产党执政国家组成的国家对？',
  'albania-stays-with-moscow.question':
    '如果阿尔巴尼亚在1960年站在莫斯科一边，它会一直留在莫斯科的同盟中直到冷战结束吗？',
  'albania-stays-with-moscow.context':
    '没有两党分裂，模型会让同盟维持到1989年。历史上，来自北约的威胁并未改变，但阿尔巴尼亚从1962年起不再参加华沙条约组织的活动，并于1968年退出；中国则成为它的庇护国，直到两国自己也在1977—78年决裂。',
  'albania-stays-with-moscow.prompts.0':
    '威胁没有变化，变的只是党的路线。这是否是支持意识形态条件的最有力案例？',
  'albania-stays-with-moscow.prompts.1':
    '1962年至1976年，中国和阿尔巴尼亚有共同的敌人和相同的意识形态，却没有签订条约。两国的关系算同盟吗？你会如何编码？',
  'mongolia-stays-communist.question': '如果蒙古国在1990年后仍由共产党执政，它会与中国结盟吗？',
  'mongolia-stays-communist.context':
    '结果没有变化：模型预测不存在同盟，因为蒙古国长期以来畏惧中国，两国也没有共同的敌人。俄罗斯已不再由共产党执政，所以昔日与苏联的同盟也不会恢复。历史上，蒙古国于1994年与中国签订了友好条约，其中没有防御承诺。',
  'mongolia-stays-communist.prompts.0':
    '对这一理论来说，仅有相同的意识形态是不够的。在这里是哪个条件阻碍了同盟？对威胁的编码有说服力吗？',
  'mongolia-stays-communist.prompts.1':
    '蒙古国夹在两个大国之间。对于紧邻大国的小国，这条规则的作用会有所不同吗？',
  'india-turns-communist.question':
    '如果印度在1971年改由共产党执政，它1971年与莫斯科签订的条约会成为同盟吗？',
  'india-turns-communist.context':
    '现在两个条件在1989年之前都成立：共产党执政的印度和苏联都面对中国。模型预测存在同盟。历史上，1971年的条约承诺双方磋商、不援助对方的攻击者，但没有防御义务；它是否算同盟，取决于所选的定义。',
  'india-turns-communist.prompts.0':
    '把同盟定义先切换为任何安全条约，再切换为共同防御条约。在不做这一改动时，模型对印度的吻合程度是更好还是更差？',
  'india-turns-communist.prompts.1':
    '1971年的条约使用了与1978年《苏越友好合作条约》相同的磋商条款。两者应当按同样的方式编码吗？',
})
