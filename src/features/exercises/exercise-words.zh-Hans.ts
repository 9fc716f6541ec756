import { translation } from '@/i18n/catalogue'
import type { exerciseWords } from './exercise-words.en'

export default translation<typeof exerciseWords>('exercises.exercise-words', {
  heading: '练习：先预测，再观察',
  hint: '请先给出预测；揭晓答案时会应用这一反事实情景。答案保存在本浏览器中、已保存的情景文件里以及打印的讲义上。',
  'prediction.legend': '1. 你的预测（查看之前）',
  'reason.label': '你为什么这样认为？',
  reveal: '2. 揭晓模型的答案',
  'reveal.why': '请先选择一个预测。',
  answer:
    '<b>2. 模型的答案：</b><result/>{agree, select, yes {与你的预测一致。} no {与你的预测不同。} other {}}',
  result:
    '{allied, select, yes {模型预测{pair}在{predicted}年结盟} other {模型预测{pair}在{span}年没有同盟}}{baseline, select, same {} none {，基线：无} other {，基线：{before}}}；{recorded, select, yes {历史记录中{history}年有同盟} other {历史记录中这些年份没有同盟}}。',
  'after.legend': '3. 现在你怎么看？',
  'explain.label': '4. 解释你看到的结果',
  'teacher.summary': '教师备注',
  'teacher.key': '答案：',
})
