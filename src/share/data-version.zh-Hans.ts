import { translation } from '@/i18n/catalogue'
import type { dataVersionWords } from './data-version.en'

export default translation<typeof dataVersionWords>('share.data-version', {
  newer:
    '{what}基于数据版本 {made} 生成，比这份探索工具的数据（数据版本 {current}）更新，因此部分编码和数据可能与其当初显示的不同。请重新加载页面，或重新下载探索工具，以获取更新的数据。',
  older:
    '此内容生成后数据已有修订：{what}所依据的是{on}，而探索工具现在使用数据版本 {current}。它将按生成时的样子打开，但部分编码和数据可能有所不同。',
  'on.unversioned': '{first} 之前的数据',
  'on.version': '数据版本 {made}',
  'on.unknown': '未知版本的数据',
  'see-corrections': '查看修订内容',
})
