import { translation } from '@/i18n/catalogue'
import type { makeExerciseWords } from './make-exercise.en'

export default translation<typeof makeExerciseWords>('lesson.make-exercise', {
  'choice.yes': '“有同盟”选项',
  'choice.no': '“无同盟”选项',
  'choice.unsure': '“不确定”选项',
  'default.yes': '是，有同盟',
  'default.no': '无同盟',
  'default.unsure': '不确定',
  question: '在这一情景下，模型是否预测{pair}在{from}–{to}年间结成同盟？',
  'default-title': '练习 {n}',
  'problem.question': '请先写出问题。',
  'problem.years': '年份必须是 {first} 到 {last} 之间的整数年份。',
  'problem.order': '结束年份早于开始年份。',
  added: '已将“{title}”添加到你的课程中，它位于本页顶部。',
  heading: '用当前画面制作练习',
  intro:
    '供教师使用：画面上的改动会变成一道题，让学生在模型揭晓答案之前先作预测。练习和编码题目组成一节课，你可以通过链接分发给学生。',
  'no-changes': '请先改动历史（用预设情景或编辑器），再制作练习。',
  'too-many': '此情景有 {n} 处改动，而一道练习最多容纳 {max} 处。请先做一个改动较少的情景。',
  full: '你的课程已有 {n} 个步骤，已达到一节课的上限。',
  start: '制作练习',
  applies:
    '学生揭晓答案时，练习会应用画面上的{n, plural, other {# 处改动}}；答案由模型计算，因此学生链接中不含任何答案。',
  'field.title': '标题',
  'field.question': '问题',
  'field.pair': '国家对',
  'field.from': '起始年',
  'field.to': '结束年',
  choices: '三个选项（用你自己的话）',
  explanation: '随答案显示的解释',
  notes: '教师备注（绝不会出现在学生链接中）',
  add: '添加到课程',
  cancel: '取消',
})
