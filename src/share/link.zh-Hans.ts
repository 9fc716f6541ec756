import { translation } from '@/i18n/catalogue'
import type { linkWords } from './link.en'

export default translation<typeof linkWords>('share.link', {
  'too-long': '该链接长 {kb} kB，超过了探索工具生成的任何链接（最多 {max} kB），因此未被读取',
  'part.not-text': '部分“{key}”不是有效文本，已被忽略',
  'part.unknown': '此版本不认识部分“{key}”，已将其忽略',
  'part.twice': '部分“{key}”出现了两次；已采用第一次出现的值',
  'version.missing': '该链接没有格式版本（v=1）；已按版本 1 读取',
  'version.unknown': '该链接的格式版本“v={v}”无法识别；已按版本 1 读取',
  'version.newer':
    '该链接由更新版本的探索工具生成（格式 {version}）；只读取了此版本（格式 {current}）能够理解的部分',
  'data-version.bad': '“d={d}”不是数据版本（例如 {example}）；已按基于较早数据生成的链接读取',
  'layer.regime': '政权',
  'layer.threat': '威胁',
  'layer.rift': '党际分裂',
  'change.form': '{layer}改动“{group}”不符合 ID:RUNS 格式，已被忽略',
  'change.unknown-state': '该链接提到了未知国家“{id}”（{layer}）；已忽略',
  'change.unknown-pair': '该链接提到了未知的国家对“{id}”（{layer}）；已忽略',
  'run.bad': '{id} {layer}：“{run}”不是“取值加年份或时段”的形式；已忽略',
  'run.backwards': '{id} {layer}：时段 {from}–{to} 的结束早于开始；已忽略',
  'run.outside': '{id} {layer}：年份 {years} 超出了 {first}–{last}；已忽略',
  'run.unreadable': '{id} {layer}：无法读取“{run}”；已忽略',
  'setting.bad': '“{key}={value}”无效（应为 {valid}）；已保留默认值',
  'setting.lag': '0 到 {max} 之间的整数',
  'page.bad': '“{key}={value}”无效（应为 {valid}）；已忽略',
  'years.bad': '“years={value}”不是 {first}–{last} 之内的时段；现显示所有年份',
  'hide.unknown': '“hide”提到了未知的国家对“{id}”；已忽略',
  'focus.bad': '“focus={value}”不是已知的国家对和年份；已忽略',
  'pair.unknown': '“pair”提到了未知的国家对“{id}”；已忽略',
  'out.bad': '“out={value}”包含 {valid} 以外的结果，或有重复的结果；这些已被忽略',
  'view.bad': '无法读取该链接的视图设置；现显示所有年份和国家对',
  more: '{n, plural, other {另有 {count} 个问题}}',
})
