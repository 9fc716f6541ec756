import { translation } from '@/i18n/catalogue'
import type { fitSentenceWords } from './fit-sentence.en'

export default translation<typeof fitSentenceWords>('metrics.fit-sentence', {
  points: '{n} 个百分点',
  trivial:
    '在参与评分的国家对-年中，模型的准确率为 {accuracy}{compared, select, yes {（基线 {baseline}）} other {}}：比始终预测无同盟（{alwaysNo}）{vsNo, select, better {高} other {低}} {points}，{vsLast, select, better {也比假设每年都与上一年相同（{sameAsLastYear}）高 {lastPoints}} other {但比假设每年都与上一年相同（{sameAsLastYear}）低 {lastPoints}}}。',
  moments:
    '在 ±{tolerance} 年内，模型捕捉到 {onsetsTotal, number} 次同盟建立中的 {onsets, number} 次、{endsTotal, number} 次同盟终止中的 {ends, number} 次{compared, select, yes {（基线分别为 {baseOnsets, number} 和 {baseEnds, number}）} other {}}，并预测了{invented, plural, other { # 次}}历史上并不存在的建立或终止{compared, select, yes {（基线 {baseInvented, number}）} other {}}。',
  uncovered: '有 {n, number} 个国家对-年未计入：{series}没有相关数据。',
  'uncovered.after': '有 {n, number} 个国家对-年未计入：{series}在 {year} 年之后没有数据。',
})
