import { translation } from '@/i18n/catalogue'
import type { chartWalkthroughWords } from './chart-walkthrough.en'

export default translation<typeof chartWalkthroughWords>('guide.chart-walkthrough', {
  button: '如何阅读此图',
  title: '如何阅读此图',
  row: '<b>{label}</b>这一行上的数字与下面的说明一一对应。',
  history: '<b>历史</b>（最上面的色带，深色实心）：记录中这对国家结盟的年份，此处为{runs}。',
  model:
    '<b>基于历史的模型</b>，即基线（第二条色带，蓝色）：根据已记录的编码，规则预测存在同盟的年份，此处为{runs}。两条色带不一致的地方，就是模型漏掉了一个同盟，或预测了一个并未发生的同盟。',
  'scenario.moved':
    '<b>基于情景的模型</b>（第三条色带，橙色条纹）：只画在你的情景改变了预测的那些国家对上；此处为{runs}。',
  'scenario.none':
    '<b>基于情景的模型</b>（第三条色带，橙色条纹）：只有当某个情景改变了一对国家的预测时，它才会出现在该行下方。试试一个预设情景就能看到。',
  marks:
    '<b>偏离标记</b>：在情景的预测偏离基线的那一段旁边，有一个三角形和相应年份{moved, select, yes {（此处为{runs}）} other {}}；在模型与历史不一致的地方，整行会有粉色底纹。{atRest, select, yes {初始状态下两者都不显示：它们会在有情景或更改了设置时出现。} other {它们只在有情景或更改了设置时出现。}}',
  close: '关闭说明',
})
