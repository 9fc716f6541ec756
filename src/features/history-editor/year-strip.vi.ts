import { translation } from '@/i18n/catalogue'
import type { yearStripWords } from './year-strip.en'

export default translation<typeof yearStripWords>('history-editor.year-strip', {
  'threat.yes': 'có mối đe dọa chung',
  'threat.no': 'không có mối đe dọa chung',
  'threat.contested': 'mối đe dọa chung còn tranh cãi',
  slider: '{label}, theo năm',
  value: '{year}: {value}',
  'value.changed': '{year}: {value} (đã đổi; lịch sử: {history})',
  decade: '{decade}',
  help: 'Phím mũi tên để chọn năm; phím cách để đảo giá trị; Shift kèm phím mũi tên để đặt cả một giai đoạn.',
})
