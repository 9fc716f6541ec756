import { translation } from '@/i18n/catalogue'
import type { lessonLinkWords } from './lesson-link.en'

export default translation<typeof lessonLinkWords>('share.lesson-link', {
  'too-long': '该链接长 {kb} kB，超过了探索工具生成的任何链接（最多 {max} kB），因此未被读取',
  'part.twice': '部分“{key}”出现了两次',
  'part.unknown': '课程链接中没有“{key}”这一部分',
  'as.bad': '“as={value}”既不是 teacher 也不是 student',
  'form.bad': '链接中的课程不符合 VERSION.TEXT 格式；链接是否被截断了？',
  newer: '该课程由更新版本的探索工具生成（课程格式 {version}）；此版本读取的是格式 {current}',
  'version.unknown': '课程格式 {version} 无法识别',
  damaged: '链接中的课程已损坏（链接被截断或被改动过）',
  'does-not-fit': '课程内容不符合要求：{message}',
  'does-not-fit-at': '课程内容在 {path} 处不符合要求：{message}',
})
