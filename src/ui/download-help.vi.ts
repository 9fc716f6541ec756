import { translation } from '@/i18n/catalogue'
import type { downloadHelpWords } from './download-help.en'

export default translation<typeof downloadHelpWords>('ui.download-help', {
  text: 'Khi trang được nhúng vào một trang web khác, việc tải xuống có thể bị chặn. Để tải xuống, hãy <link>mở công cụ khám phá trong một thẻ mới</link>.',
})
