import { translation } from '@/i18n/catalogue'
import type { dataChangelogWords } from './data-changelog.en'

export default translation<typeof dataChangelogWords>('about.data-changelog', {
  summary: '数据版本{current}：更正了哪些内容',
  intro:
    '链接、情景文件、已保存的成果、图表图片和讲义都会记录制作时所用的数据版本。打开在较早版本上制作的成果时，会在更正后的数据上显示同样的成果，因此部分编码和数字可能与作者当时看到的不同。没有版本号的成果是在{version}版本之前的数据上制作的。',
  'in-english': '以下更正条目保留英文原文，与其所更正的数据一同记录。',
  loading: '正在加载更正列表…',
  'part.list': '更正列表',
})
