import { translation } from '@/i18n/catalogue'
import type { presetTexts } from './presets.en'

export default translation<typeof presetTexts>('data.presets', {
  'russia-stays-communist.title': '俄罗斯仍由共产党执政',
  'russia-stays-communist.description':
    '1991年苏联解体，但共产党仍在莫斯科掌权。越南会保留1978年与莫斯科签订的条约吗？当中国和俄罗斯都面对美国时，两国会再次结盟吗？',
  'no-sino-soviet-split.title': '没有中苏分裂',
  'no-sino-soviet-split.description':
    '中国和苏联从未因共产主义应当如何建设而交恶。两国直到1989年都把美国视为共同敌人。它们1950年缔结的同盟能维持多久？',
  'hanoi-beijing-stay-comrades.title': '河内与北京仍是同志',
  'hanoi-beijing-stay-comrades.description':
    '1975年后，越南和中国仍是朋友。两国执政党没有交恶，两国没有因柬埔寨问题兵戎相见，也没有发生1979年中越战争。直到1991年，两国都面对共同的敌人。它们1954—75年的同盟会延续下去吗？',
  'north-korea-abandons-communism.title': '朝鲜放弃共产主义',
  'north-korea-abandons-communism.description':
    '金日成于1994年去世，随后朝鲜放弃了共产党一党执政。中国至今仍保有的唯一正式同盟会怎样？',
  'vietnam-turns-non-communist.title': '越南不再由共产党执政',
  'vietnam-turns-non-communist.description':
    '1991年越南效仿东欧，结束了共产党一党执政。理论是否仍预期越南与老挝结盟？当中国同时威胁两国时，越南会与美国结盟吗？',
  'no-south-china-sea-dispute.title': '没有南海争端',
  'no-south-china-sea-dispute.description':
    '1991年后，中国和越南解决了海上的争端。两国都把来自西方国家的压力视为共同威胁。于是理论的两个条件都成立，模型预测两国将建立新的同盟。这可信吗？',
  'tito-stays-with-stalin.title': '铁托从未与斯大林决裂',
  'tito-stays-with-stalin.description':
    '1948年南斯拉夫仍留在莫斯科的阵营中。两党从未争吵，双方都视西方为敌人。理论是否预期贝尔格莱德会继续做莫斯科的盟友？',
  'albania-stays-with-moscow.title': '阿尔巴尼亚继续站在莫斯科一边',
  'albania-stays-with-moscow.description':
    '1960年阿尔巴尼亚站在莫斯科而不是北京一边，并继续与莫斯科一起面对西方。阿尔巴尼亚会一直留在莫斯科的同盟中吗？',
  'mongolia-stays-communist.title': '蒙古国保持共产党执政',
  'mongolia-stays-communist.description':
    '1990年蒙古国保持共产党一党执政，就像邻国中国一样。理论现在是否预期蒙古国与中国结盟？',
  'india-turns-communist.title': '印度1971年改由共产党执政',
  'india-turns-communist.description':
    '1971年一个共产党在印度上台执政，正是印度与莫斯科签订条约的那一年。这项条约会成为完整的同盟吗？',
})
