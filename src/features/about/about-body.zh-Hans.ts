import { translation } from '@/i18n/catalogue'
import type { aboutBodyWords } from './about-body.en'

export default translation<typeof aboutBodyWords>('about.about-body', {
  'theory.heading': '理论',
  'theory.text':
    'Khang Vu（<cite>The Diplomat</cite>，2021年5月）认为，中国和越南都是共产党一党执政、军队听从党指挥的国家，它们只有在两个条件同时成立时才会结盟：对方面对同一个敌人（<threat>共同威胁</threat>），并且对方的统治方式相同（<ideology>共同的意识形态</ideology>）。仅有共同的敌人是不够的：与意识形态上的对手建立密切的军事关系，可能会削弱党对自己军队的掌控。',
  'theory.read': '<a>阅读原文</a>（英文）。',
  'argument.heading': '原文的论证',
  'argument.see': '查看{pair}，{from}–{to}年',
  'argument.see-pair': '查看{pair}',
  'model.heading': '模型如何运作',
  'model.ideology':
    '<b>共同的意识形态</b>，严格解读：两国都由共产党执政，且两党之间没有公开的<rift>党际分裂</rift>（如1960–88年的北京与莫斯科）。宽松解读：两国都由共产党执政。',
  'model.threat':
    '<b>共同威胁</b>：两国面对同一个对手，且彼此不是对手。如果这一点只部分成立或存在争议，该单元格就编码为<contested>有争议</contested>，由一项设置决定如何计算。',
  'model.prediction':
    '<b>预测</b>：两项标准都成立时即预测有同盟。其他规则分别单独检验每项标准，或允许同盟在某项标准失效后再延续几年（<lag>退出滞后</lag>）。在没有任何情景的情况下基于已记录的编码运行，模型给出<baseline>基线</baseline>，即与情景相比较的数字。',
  'model.outcomes':
    '每一对国家的每一年（一个<dyadyear>国家对-年</dyadyear>），相对于所选的同盟定义，要么是<hit>命中</hit>，要么是<miss>漏报</miss>、<falsealarm>误报</falsealarm>或<rejection>正确否定</rejection>。<accuracy>准确率</accuracy>、<precision>精确率</precision>和<recall>召回率</recall>对这些结果进行汇总。',
  'alliance.heading': '什么算同盟',
  'alliance.text':
    '围绕原文的争论正是以此为焦点，因此本应用提供五种<history>历史</history>记录：原文自己的编码、两种<treaty>条约序列</treaty>，以及两个数据集<cow>COW</cow>和<atop>ATOP</atop>。',
  'data.heading': '数据',
  'data.text':
    '{states, plural, other {#个国家}}和{pairs, plural, other {#对国家}}，{from}–{to}年，按年份时段编码。每个时段都附有我们自己撰写的一句理由、其来源和可信度（高、中或低）。来源之间有分歧时，该单元格标为有争议，并说明另一种解读。条约或政权只要在某一年的任何时候存在，就计入该年。共引用{sources, plural, other {#个来源}}；指向任一单元格即可查看它自己的来源。完整的编码规则见随源代码提供的数据指南（docs/data.md）。',
  'privacy.heading': '隐私',
  'privacy.tracking':
    '无需账户，没有跟踪，没有统计分析：页面不从其他网站加载任何内容，在你使用时也不发出任何网络请求。',
  'privacy.leaves':
    '除非你复制链接、保存文件、下载图表或数据、打印讲义，或提交答案代码（其中只包含你输入的昵称、你的编码和预测以及你的理由），否则任何内容都不会离开这个浏览器。',
  'privacy.kept':
    '这个浏览器会保存你当前的成果、你在打开共享链接之前的成果或被另一个标签页搁置的成果、它无法读取的已保存成果的副本，以及投影设置；这些只针对本网站，直到你清除为止。本应用自己的文件也会保存，因此可以离线打开。',
  'privacy.clear':
    '要全部清除，请在浏览器设置中清除本网站的数据；在共用电脑上，请使用访客窗口或隐私窗口。',
})
