import { translation } from '@/i18n/catalogue'
import type { glossaryWords } from './glossary.en'

export default translation<typeof glossaryWords>('ui.glossary', {
  'history.term': '历史记录',
  'history.definition':
    '按照设置中所选的同盟定义记录下来的同盟。只有记录本身才是历史记录；模型据此作出的预测是基线。',
  'dyad-year.term': '国家对-年',
  'dyad-year.definition':
    '一对国家在某一年的情况，例如1975年的中国—朝鲜。模型对每个国家对-年作出一项预测，所有数字都以它为单位计数。',
  'baseline.term': '基线',
  'baseline.definition':
    '模型在历史记录上的结果：以相同的规则和设置运行于已记录的编码，不作任何情景改动。情景的各项数字都与基线对照。',
  'shared-threat.term': '共同威胁',
  'shared-threat.definition': '两个条件中的第一个：两国面对同一个对手，且彼此不是对手。',
  'shared-ideology.term': '共同的意识形态',
  'shared-ideology.definition':
    '第二个条件：两国都由共产党执政。按严格解读，两国的执政党之间还必须没有公开的党际分裂。',
  'party-rift.term': '党际分裂',
  'party-rift.definition':
    '两个执政的共产党之间在理论或领导权问题上的公开争执，例如1960年至1988年间北京与莫斯科之间。',
  'contested.term': '有争议',
  'contested.definition': '各来源意见不一的威胁编码。由一项设置决定这些年份是否计为共同威胁。',
  'exit-lag.term': '退出滞后',
  'exit-lag.definition':
    '在带退出滞后的规则下，两个条件之一不再成立之后，模型仍预测同盟存在的年数。',
  'out-of-sample.term': '样本外',
  'out-of-sample.definition':
    '理论建立时未依据的案例。原文选定了十一对国家；案例库加入了其他共产党执政国家组成的国家对，以检验规则在这些案例之外是否仍然成立。',
  'did-not-exist.term': '国家不存在',
  'did-not-exist.definition':
    '两国之一在该年并非国家的年份（如1992年以后的南斯拉夫）。这不是没有同盟的年份：模型不对其作出判断，评分也不计入。',
  'hit.term': '命中',
  'hit.definition': '模型预测存在同盟，而历史记录在该年也有同盟。',
  'miss.term': '漏报',
  'miss.definition': '历史记录在该年有同盟，但模型预测没有。',
  'false-alarm.term': '误报',
  'false-alarm.definition': '模型预测存在同盟，但历史记录在该年没有。',
  'correct-rejection.term': '正确否定',
  'correct-rejection.definition': '模型预测没有同盟，历史记录在该年也没有。',
  'accuracy.term': '准确率',
  'accuracy.definition':
    '在所有计分的国家对-年中，模型判断正确的比例：命中与正确否定之和占全部的比例。',
  'precision.term': '精确率',
  'precision.definition':
    '在模型预测存在同盟的国家对-年中，历史记录确有同盟的比例。误报多，精确率就低。',
  'recall.term': '召回率',
  'recall.definition': '在历史记录有同盟的国家对-年中，被模型预测出来的比例。漏报多，召回率就低。',
  'treaty-series.term': '条约序列',
  'treaty-series.definition':
    '根据条约文本得出的两种同盟定义：treaty_any计入任何含有安全、磋商或支援条款的双边条约；treaty_defense只计入在伙伴遭受攻击时提供援助的承诺。',
  'cow.term': 'COW',
  'cow.definition':
    '“战争相关因素”项目（Correlates of War），一个长期进行的研究项目。其正式同盟数据（4.1版）按类型列出已签订的同盟，从防御条约到协约，截至2012年。',
  'atop.term': 'ATOP',
  'atop.definition':
    '同盟条约义务与条款数据库（Alliance Treaty Obligations and Provisions，5.1版），记录每个同盟要求成员承担的义务：防御、互不侵犯或磋商。数据截至2018年。',
  'percent-agreement.term': '一致率',
  'percent-agreement.definition':
    '就一个案例而言，给出相同答案的学生两两配对所占的比例。“不确定”视为未作答，因此两名都选“不确定”的学生不算一致。',
  'alpha.term': '克里彭多夫α系数',
  'alpha.definition':
    '对所有案例的一致程度，并扣除了仅凭偶然即可达到的一致：1表示完全一致，0表示不比偶然好，低于0则比偶然更差。研究者通常希望至少达到0.8，作尝试性结论时至少0.67。',
})
