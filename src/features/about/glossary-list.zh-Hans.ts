import { translation } from '@/i18n/catalogue'
import type { glossaryListWords } from './glossary-list.en'

export default translation<typeof glossaryListWords>('about.glossary-list', {
  heading: '术语表',
  'sides.heading': '带有立场的名称',
  'sides.intro':
    '河内和北京对一些事件、地点和政府的命名带有各自的立场。本应用在每种语言中使用中性的术语；下表在中性术语旁列出双方各自的叫法。注释记录了我们作出选择的理由，保留英文原文。',
  'sides.show': '有争议的名称一览表（{n, number}）',
  'sides.caption': '有争议的名称：本应用使用的中性术语，以及双方各自的叫法',
  'sides.neutral': '中性术语',
  'sides.vietnamese': '越南的叫法',
  'sides.prc': '中华人民共和国的叫法',
  'sides.glossed': '<t>{term}</t>（{gloss}）',
  'sides.note': '注释',
})
