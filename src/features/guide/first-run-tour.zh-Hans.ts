import { translation } from '@/i18n/catalogue'
import type { firstRunTourWords } from './first-run-tour.en'

export default translation<typeof firstRunTourWords>('guide.first-run-tour', {
  'presets.title': '从预设情景开始',
  'presets.text':
    '每个预设情景都以一种方式改变历史，例如“{preset}”。点击一个即可试用，再点击一次即可撤销。',
  'result.title': '阅读结果',
  'result.text':
    '这里用浅显的语言说明这一改变对模型预测产生了什么影响，并在每个发生变化的数字旁边列出基线（基于历史的模型）。',
  'timeline.title': '逐年查看',
  'timeline.text':
    '每一行是一对国家：上面是历史，下面是基于历史的模型。情景改变某项预测时，会在该处添加第三条色带。“{walkthrough}”会解释每一种标记。',
  count: '导览，第{n, number}步，共{total, number}步',
  back: '上一步',
  next: '下一步',
  done: '完成',
  skip: '跳过导览',
})
