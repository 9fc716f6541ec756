import { translation } from '@/i18n/catalogue'
import type { qrDialogWords } from './qr-dialog.en'

export default translation<typeof qrDialogWords>('share.qr-dialog', {
  'code-label': '用于打开{what}的二维码：链接写在其下方',
  'too-long':
    '此链接太长，无法生成二维码：它需要 {bytes, number} 字节，而一个二维码最多只能容纳 {max, number} 字节。请改用文件分享：“保存情景”会把当前视图存为文件，用“打开情景”即可打开。',
  preparing: '正在生成二维码…',
  failed:
    '无法生成二维码：此设备尚未下载本工具的这一部分，且当前无法连接网络。下方的链接仍然可用；请在联网后重试。',
  heading: '扫码打开{what}',
  copy: '复制链接',
  close: '关闭',
  copied: '链接已复制。',
  'not-copied': '此处无法复制链接：请选中上方的链接后复制。',
})
