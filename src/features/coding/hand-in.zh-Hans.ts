import { translation } from '@/i18n/catalogue'
import type { handInWords } from './hand-in.en'

export default translation<typeof handInWords>('coding.hand-in', {
  heading: '提交',
  intro:
    '你的回答会变成一行文字，即答题码。把它粘贴到班级群聊或表单中，或保存为文件；老师会把全班的答题码粘贴到“全班结果”中。任何内容都不会被发送出去。',
  nickname: '你的昵称',
  'no-nickname': '输入昵称即可生成答题码。',
  'no-code.nickname': '尚无答题码：请先填写昵称。',
  'no-code': '尚无答题码：<problem/>。',
  code: '你的答题码（{cases}个案例，{exercises}道练习）',
  copy: '复制答题码',
  save: '保存为文件',
  copied: '已复制。',
})
