import { translation } from '@/i18n/catalogue'
import type { debateLensWords } from './debate-lens.en'

export default translation<typeof debateLensWords>('debate.lens', {
  heading: 'Vu与Lan之争',
  intro:
    'Ngo Di Lan回应原文说，结论取决于什么算作同盟。选择一种解读，看看“中国和越南的同盟政策相似”这一论断的结论如何变化。所选解读将成为整个应用的同盟定义。',
  'vu.name': 'Vu的编码',
  'vu.explain': '原文所列的同盟，无论有无条约',
  'lan.name': 'Lan的解读',
  'lan.explain': '仅限规定一方在另一方遭受攻击时必须采取行动的条约',
  'cow.explain': '“战争相关因素”项目的同盟数据，截至2012年',
  'atop.explain': '同盟条约义务与条款数据，截至2018年',
  'mine.name': '我的解读',
  'mine.explain': '你的编码，{total}个案例中的{n}个；其余沿用Vu的编码',
  'own-reason': '你的理由：{reason}',
  readings: '同盟的解读',
  'side-by-side': '各种解读并列对照',
  caption: '{range}年间，每种解读下两国各自维持的同盟',
  'column.explain': '（{explain}）',
  allies: '<b>{n}</b>{n, plural, other {个盟友}}',
  none: '无',
  'ally.years': '（{years}）',
  similar: '政策相似？',
  'model-agrees': '双条件模型的一致率',
  'no-year': '没有计分的年份',
  'agrees-in': '在{share}的国家对-年中一致',
  'open.none': '“我的解读”在每个案例上都使用你的编码。',
  open: '“我的解读”中仍未决定的案例（{n}个），沿用Vu的编码：{items}。<a>在下方为它们编码</a>。',
  'open.separator': '；',
  reconstructed:
    'Lan的观点是重构的。我们只读到他的反驳文章和Vu的回应文章的开头几段，因此“Lan的解读”将他在文中提出的标准（条约必须规定一方在另一方遭受攻击时提供援助）用于各条约文本，并按照据报道他的做法，将1978年《苏越友好合作条约》第六条计算在内。',
  'read-articles': '阅读文章：',
  'article.rebuttal': 'Lan的反驳文章',
  'article.reply': 'Vu的回应文章',
  differ: '{range}年间两种解读的分歧（{n}）',
  'differ.where': '{pair}，{years}',
  'differ.item':
    '<b>{where}</b>。Vu：{vu, select, yes {结盟} other {未结盟}}：<en>{vuReason}</en> Lan：{lan, select, yes {结盟} other {未结盟}}：<en>{lanReason}</en>',
  'english-note': '引自数据编码说明的理由保留英文原文。',
  notice:
    '整个应用的同盟定义已更改：时间线、表格和指标现在按{name}（{explain}）评估模型。如要改回，请点击“{back}”，或在“模型设置”中选择定义。',
  'notice.back': '改回{back}',
  'verdict.nothing': '{range}年间无法判断：两国都没有盟友。',
  'verdict.falls-apart': '{range}年间该论断不成立：{without}完全没有盟友，而{with}有{n}个。',
  'verdict.weaker.apart':
    '{range}年间该论断较弱：两国都有盟友，但数量明显不同（{a}{na}个，{b}{nb}个）。',
  'verdict.weaker.close':
    '{range}年间该论断较弱：两国盟友数量接近（{a}{na}个，{b}{nb}个），但到{year}年只有{still}仍有盟友（{allies}）。',
  'verdict.holds.each':
    '{range}年间该论断成立：{a}有{na, plural, other {#个盟友}}，{b}有{nb}个，且到{year}年两国各自仍有盟友（{alliesA}；{alliesB}）。',
  'verdict.holds.neither':
    '{range}年间该论断成立：{a}有{na, plural, other {#个盟友}}，{b}有{nb}个，且到{year}年两国都已没有盟友。',
})
