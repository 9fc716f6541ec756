import { translation } from '@/i18n/catalogue'
import type { mainWords } from './main-words.en'

export default translation<typeof mainWords>('app.main-words', {
  'generated-dataset':
    '本页显示的是自动生成的基准测试数据集（?dataset=generated），并非历史记录。你在这里的任何操作都不会保存；如需查看真实数据，请打开不带“?dataset=generated”的页面。',
  'not-loaded':
    '探索工具有一部分未能加载，因此你的工作不会保存在此浏览器中。网络恢复后请重新加载页面；在此之前，请使用“保存情景”或“复制链接”来保留你的工作。',
})
