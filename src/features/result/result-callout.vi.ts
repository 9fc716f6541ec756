import { translation } from '@/i18n/catalogue'
import type { resultCalloutWords } from './result-callout.en'

export default translation<typeof resultCalloutWords>('result.result-callout', {
  heading: 'Kết quả',
  rest: 'Mô hình chạy trên lịch sử khớp với lịch sử ở <b>{accuracy}</b> số cặp – năm. Hãy nhấn một nút “Nếu như…?” để thay đổi lịch sử và xem các dự đoán thay đổi.',
  unchanged:
    'Kịch bản này không làm thay đổi dự đoán nào: mô hình khớp với lịch sử ở <b>{accuracy}</b> số cặp – năm, giống như trên lịch sử.',
  'pair.label': '{sentence} Xem trên dòng thời gian.',
  figures:
    '{n, plural, other {{count} cặp – năm}} thay đổi so với đường cơ sở; tỉ lệ đúng <b>{accuracy}</b>, đường cơ sở {baseline}.',
  'figures.pairs':
    '{n, plural, other {{count} cặp – năm}} ở {pairs} cặp thay đổi so với đường cơ sở; tỉ lệ đúng <b>{accuracy}</b>, đường cơ sở {baseline}.',
})
