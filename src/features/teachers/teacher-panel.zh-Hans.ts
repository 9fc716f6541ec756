import { translation } from '@/i18n/catalogue'
import type { teacherPanelWords } from './teacher-panel.en'

export default translation<typeof teacherPanelWords>('teachers.teacher-panel', {
  intro:
    '以下课程基于本应用的预设情景和练习。<b>规则</b>菜单中的各条竞争规则在下文中标有学界的名称。完整的教师指南（计划相同）是项目中的<code>docs/teachers.md</code>文件（英文）。',
  'lesson45.heading': '45分钟课程：俄罗斯仍由共产党执政',
  'lesson90.heading': '90分钟课程：两条规则、两种解读、一篇论文',
  step: '<b>{title}</b>（{minutes, number}分钟）：{text}',
  'step.untimed': '<b>{title}</b>：{text}',
  'worksheet.heading': '练习单',
  'worksheet.intro':
    '四个部分共十四道题，供学生在全班进行45分钟课程时填写。打印稿只有题目，并留有书写空间。',
  'worksheet.print': '打印练习单',
  'key.summary': '参考答案',
  'key.intro': '即本应用在默认设置下显示的内容。',
  'essay.heading': '论文题目与评分量表',
  'essay.prompt': '<b>题目：</b>“{prompt}”',
  'rubric.caption': '评分量表：每项标准按1–4分评分（满分20分）',
  'rubric.criterion': '评分标准',
  'curriculum.heading': '课程对照',
  'rivals.heading': '用学界术语表述的竞争规则',
  'printed.label': '可打印的练习单',
  'printed.title': '同盟反事实探索：练习单',
  'printed.name': '姓名：______________________________ 日期：______________',
})
