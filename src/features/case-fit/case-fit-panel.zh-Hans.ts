import { translation } from '@/i18n/catalogue'
import type { caseFitWords } from './case-fit-panel.en'

export default translation<typeof caseFitWords>('case-fit.panel', {
  heading: '这条规则在原文案例之外还成立吗？',
  sentence: '原文案例上的准确率为{essay}，<term>样本外</term>为{outOfSample}，全部案例为{all}。',
  'all-cases': '全部案例',
  'why.ally-across-ideology': '结盟，尽管其中一方并非由共产党执政',
  'why.ally-despite-rift': '结盟，尽管两国执政党公开分裂',
  'why.ally-without-threat': '结盟，但没有模型认定的共同威胁',
  'why.no-ally-despite-both': '两项标准都满足，却没有同盟',
  'model.alliance': '模型：同盟',
  'model.none': '模型：无',
  'history.alliance': '历史记录：同盟',
  'history.none': '历史记录：无',
  'every-reading': '各规则与各同盟定义下的准确率',
  'every-reading.caption': '每条规则对照每种同盟定义的准确率，按案例组列出',
  rule: '规则',
  definition: '同盟定义',
  caption: '模型在各组案例上的拟合情况，并列不考虑威胁或意识形态的简单规则',
  column: '{group}（{n, plural, other {#对国家}}）',
  scored: '计分的国家对-年',
  accuracy: '准确率',
  precision: '精确率',
  recall: '召回率',
  'always-no': '始终预测“无同盟”',
  'same-as-last-year': '与上一年相同',
  confusions: '混淆矩阵',
  counter: '历史记录最违背规则之处',
  'counter.none': '没有：在这些设置下，历史记录从不违背规则。',
  'counter.item': '<b>{pair}</b>，{years}（{group}）：{why}。',
  questions: '关于理论适用范围的问题',
  'question.communist':
    '这条规则是否只适用于两个共产党执政国家组成的国家对？找一找与非共产党执政国家订有条约的共产党执政国家。',
  'question.small-state': '它是否只适用于大国身旁的小国，例如蒙古、阿尔巴尼亚或老挝？',
  'question.criterion':
    '在样本外起作用的是哪项标准：仅看共同威胁，或仅看意识形态相同，会不会表现更好？请打开下面的表格。',
})
