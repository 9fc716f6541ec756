import { translation } from '@/i18n/catalogue'
import type { lessonWords } from './lesson.en'

export default translation<typeof lessonWords>('teachers.lesson', {
  'l45.setup.title': '课前准备',
  'l45.setup.text': '上课前，点击“投影模式”，并从本节打印练习单。页面打开时位于第1步“探索”。',
  'l45.claim.title': '论点',
  'l45.claim.text':
    '阅读页面顶部的理论。请学生列举冷战时期的同盟并加以分类：有共同的敌人吗？政治制度相同吗？',
  'l45.history.title': '解读历史',
  'l45.history.text':
    '在时间轴上找到“越南–苏联／俄罗斯”一行：历史记录和模型都显示1954–1991年。图表上方的结果给出准确率{accuracy}（也可在“检验”步骤的“模型拟合程度”中看到）。练习单A部分。',
  'l45.predict.title': '先预测',
  'l45.predict.text':
    '点击预设情景上方的“先预测”：练习卡片会取代预设情景。在“{preset}”卡片中，每位学生写下一个预测和一条理由；再把全班多数人的意见填入卡片。',
  'l45.reveal.title': '揭晓',
  'l45.reveal.text':
    '点击“2. 揭晓模型的答案”。结果现在显示“越南–俄罗斯：模型现在预测{extraYears}年存在同盟；历史记录中同盟于1991年结束”，其下显示有{changed}个国家对-年发生变化，准确率{russiaAccuracy}，基线{accuracy}。B部分。',
  'l45.explain.title': '解释',
  'l45.explain.text':
    '为什么到1994年就停止了？打开卡片的“教师提示”：共同威胁消失了。结果还列出了其他发生变化的国家对：中国–俄罗斯和朝鲜–俄罗斯，{othersYears}年。',
  'l45.rivals.title': '检验竞争理论',
  'l45.rivals.text':
    '打开“模型设置”，更改“规则”。“仅看安全”（威胁平衡）：{securityAccuracy}，结果显示该情景没有改变任何预测。“仅看意识形态”（意识形态团结）：同盟一直持续到{ideologyLastYear}年，{ideologyAccuracy}。再改回“两项标准”。C部分。',
  'l45.exit.title': '离场小测并保存成果',
  'l45.exit.text':
    '用“复制链接”布置家庭作业：链接会保留当前打开的步骤，因此在“检验”步骤中复制的链接会在“检验”步骤打开。用“保存情景”保存答案，用“下载图表（PNG）”制作幻灯片。D部分。',

  'l90.lesson45.title': '45分钟课程的第1–7步',
  'l90.lesson45.text': '在离场小测之前停下。',
  'l90.reset.title': '重置',
  'l90.reset.text':
    '点击“演示给我看”，再点击“恢复为历史”：结果回到{accuracy}。点击“先预测”和“复制链接”：该链接会打开练习卡片。',
  'l90.pairs.title': '两人一组选择练习',
  'l90.pairs.text':
    '每组打开链接，从其余五张练习卡片中选一张，完成预测、揭晓和解释；揭晓一张卡片会撤下上一张卡片的情景。',
  'l90.report.title': '汇报',
  'l90.report.text': '问题、预测、结果：它是否支持“两个条件缺一不可”？',
  'l90.definition.title': '关于定义的辩论',
  'l90.definition.text':
    '打开第2步“辩论”，点击“Lan的解读”：只有包含防御承诺的条约才算数。打开“检验”：基于历史记录的准确率降至{lanReading}。回到“辩论”，点击“Vu的编码”即可恢复。',
  'l90.lag.title': '退出滞后',
  'l90.lag.text':
    '在“探索”的“模型设置”中，选择规则“两项标准，含退出滞后”：基于历史记录为{exitLag}。在“检验”的“全部国家对-年”中，只显示模型与历史不一致之处：它捕捉到了哪些同盟的结束，代价又是什么？',
  'l90.essay.title': '论文构思',
  'l90.essay.text': '一个论点和三条来自本应用的证据，每条证据都注明产生它的设置。',
  'l90.close.title': '结束',
  'l90.close.text': '用“打印讲义”留下一页纸的记录；用“复制链接”或“保存情景”保存成果。',

  'ws.a.title': 'A部分：编码所记录的历史',
  'ws.a.0.question': '历史记录显示越南在哪些年份与苏联／俄罗斯结盟？',
  'ws.a.0.answer': '1954–1991年。',
  'ws.a.1.question': '模型预测这一同盟存在于哪些年份？',
  'ws.a.1.answer': '1954–1991年：在这里模型与历史一致。',
  'ws.a.2.question': '模型在历史记录上的准确率是多少？共计算了多少个国家对-年？',
  'ws.a.2.answer':
    '{accuracy}（共{total}个国家对-年：{hits}个命中，{misses}个漏报，{falseAlarms}个误报，{correctRejections}个正确否定）。',
  'ws.b.title': 'B部分：俄罗斯仍由共产党执政',
  'ws.b.0.question': '先不要看：河内会保持与莫斯科的同盟吗？',
  'ws.b.0.answer': '任何答案都可以；重要的是推理。',
  'ws.b.1.question': '你为什么这样认为？',
  'ws.b.1.answer': '好的理由会指出两个条件中的一个。',
  'ws.b.2.question': '揭晓之后：1991年以后，模型预测同盟存在于哪些年份？',
  'ws.b.2.answer':
    '{extraYears}年（色带跨越{russiaYears}年）；历史记录中同盟于1991年结束，所以这些都是误报。',
  'ws.b.3.question': '有多少个国家对-年发生了变化？第一个是哪一个？',
  'ws.b.3.answer': '{changed}个；第一个是越南–俄罗斯，1992年。',
  'ws.b.4.question': '现在的准确率是多少？在历史记录上又是多少？',
  'ws.b.4.answer': '{russiaAccuracy}，对比{accuracy}。',
  'ws.b.5.question': '现在还有哪两个国家对被预测结盟？从何时开始？',
  'ws.b.5.answer': '中国–俄罗斯和朝鲜–俄罗斯，{othersYears}年。',
  'ws.b.6.question': '模型预测的越南–俄罗斯同盟为什么在那个时候结束？',
  'ws.b.6.answer':
    '两个条件缺一不可：来自中国的威胁在1992–94年有争议（计为共同），1994年以后则不存在。',
  'ws.c.title': 'C部分：竞争规则（情景仍然开启）',
  'ws.c.0.question': '规则“仅看安全”（威胁平衡）：预测的年份、准确率，以及情景是否有影响？',
  'ws.c.0.answer':
    '{securityYears}年，{securityAccuracy}；没有影响：这条规则不考虑谁在统治俄罗斯。',
  'ws.c.1.question': '规则“仅看意识形态”（意识形态团结）：预测同盟持续到何时？准确率是多少？',
  'ws.c.1.answer': '到{ideologyLastYear}年；{ideologyAccuracy}。',
  'ws.c.2.question': '三条规则中，哪一条最符合历史？',
  'ws.c.2.answer': '两项标准（此处为{russiaAccuracy}，历史记录上为{accuracy}）。',
  'ws.d.title': 'D部分：离场小测',
  'ws.d.0.question': '哪条规则最符合历史？它有哪一点无法解释？',
  'ws.d.0.answer':
    '开放性问题：例如中苏同盟，模型认为它在1959年结束，而历史记录是1969年；又如朝鲜2024年与俄罗斯签订的条约。',

  'essay.prompt':
    '1949年至今中国和越南所缔结和终止的同盟，在多大程度上可以用共同的意识形态而不是共同威胁来解释？',

  'level.1': '1 起步',
  'level.2': '2 发展中',
  'level.3': '3 扎实',
  'level.4': '4 优秀',
  'rubric.argument': '论证（“在多大程度上”）',
  'rubric.argument.1': '只有描述，没有判断',
  'rubric.argument.2': '有判断，但非此即彼',
  'rubric.argument.3': '判断清晰、经过权衡，并贯穿全文',
  'rubric.argument.4': '逐个案例权衡意识形态与威胁，并指出天平在何处倾斜',
  'rubric.evidence': '历史证据',
  'rubric.evidence.1': '案例和日期很少或有误',
  'rubric.evidence.2': '案例准确，但只是描述而未加运用',
  'rubric.evidence.3': '把准确、相关的案例用作证据',
  'rubric.evidence.4': '证据精确，包括与论点相悖的案例',
  'rubric.model': '模型的运用',
  'rubric.model.1': '没有使用，或给出数字却不说明设置',
  'rubric.model.2': '引用一个结果，但很少评论',
  'rubric.model.3': '运用反事实情景和准确率，并说明规则和设置',
  'rubric.model.4': '说明准确率能说明什么、不能说明什么，以及编码选择如何影响它',
  'rubric.rivals': '竞争性解释与定义',
  'rubric.rivals.1': '没有',
  'rubric.rivals.2': '提到一种竞争理论，但没有运用',
  'rubric.rivals.3': '用威胁平衡论或意识形态团结论检验论点',
  'rubric.rivals.4': '还权衡了Lan基于条约的同盟定义',
  'rubric.communication': '表达',
  'rubric.communication.1': '难以理解',
  'rubric.communication.2': '有条理，但偶有疏漏',
  'rubric.communication.3': '段落清晰，每段只做一件事',
  'rubric.communication.4': '简洁；每个论断都有证据支撑',

  'course.ib-history': 'IB历史，试卷二：冷战',
  'course.ib-history.serves':
    '权衡中苏分裂以及河内各同盟的建立与终结的原因，并借助反事实练习“在多大程度上”的判断。',
  'course.ib-politics': 'IB全球政治：权力、主权与国际关系',
  'course.ib-politics.serves':
    '将现实主义解释（威胁平衡）与观念性解释和政权安全机制相对照，并探讨小国如何通过不结盟来维护主权。',
  'course.ap-world': 'AP世界历史，第8单元：冷战与非殖民化',
  'course.ap-world.serves':
    '涵盖共产主义在亚洲的传播、共产主义阵营的同盟、中苏分裂和冷战的结束，并基于有出处的证据进行因果分析和比较。',
  'course.ap-government': 'AP比较政府与政治：中国',
  'course.ap-government.serves':
    'Vu的机制建立在党对中国人民解放军的领导之上：一个政权的内部结构塑造其对外政策。',

  'rival.two-criteria': 'Vu的理论：一种政权安全（军政关系）解释',
  'rival.security-only': '威胁平衡论（沃尔特）；现实主义的制衡',
  'rival.ideology-only': '意识形态团结；建构主义和基于身份认同的解释',
  'rival.two-criteria-lag': '同一理论，再加上制度惯性',
  'rival.lan.rule': 'Lan的解读（“辩论”步骤）',
  'rival.lan': '一种基于条约的正式同盟定义，与COW和ATOP数据中的定义相同',
})
