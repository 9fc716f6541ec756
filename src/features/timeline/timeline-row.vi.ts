import { translation } from '@/i18n/catalogue'
import type { timelineRowWords } from './timeline-row.en'

export default translation<typeof timelineRowWords>('timeline.row', {
  label: '{pair}: lịch sử, đường cơ sở và kịch bản theo từng năm',
  alliance: 'có liên minh',
  'no-alliance': 'không có liên minh',
  'not-covered': 'ngoài phạm vi dữ liệu',
  'value.at-rest': '{year}: lịch sử {history}, đường cơ sở {baseline}',
  value: '{year}: lịch sử {history}, đường cơ sở {baseline}, kịch bản {scenario}',
  'value.absent': '{year}: {states} không tồn tại, nên cặp này không có cặp – năm',
  absent: 'không tồn tại',
})
