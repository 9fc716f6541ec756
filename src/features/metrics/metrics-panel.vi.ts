import { translation } from '@/i18n/catalogue'
import type { metricsPanelWords } from './metrics-panel.en'

export default translation<typeof metricsPanelWords>('metrics.metrics-panel', {
  'show-only': 'Chỉ hiện {outcomes} trong bảng',
  'cell.baseline': ', đường cơ sở {n, number}',
  'delta.term': ', <term>đường cơ sở</term> {value}',
  delta: ', đường cơ sở {value}',
  heading: 'Mô hình khớp với lịch sử đến đâu',
  accuracy: 'Tỉ lệ đúng',
  precision: 'Độ chuẩn xác',
  recall: 'Độ bao phủ',
  'always-no': 'Luôn dự đoán “không có liên minh”',
  'same-as-last': 'Giống năm trước',
  moments:
    'Thời điểm liên minh bắt đầu và kết thúc: bắt được {caught, number} trên {total, number} trong phạm vi ±{tolerance} năm',
  'moments.baseline':
    'Thời điểm liên minh bắt đầu và kết thúc: bắt được {caught, number} trên {total, number} trong phạm vi ±{tolerance} năm (đường cơ sở {baseline, number})',
  'moment.onset': '{pair}: liên minh bắt đầu năm {year}.',
  'moment.end': '{pair}: liên minh kết thúc năm {year} (năm cuối còn liên minh).',
  'moment.missed': 'Bỏ sót: mô hình không dự đoán thay đổi nào như vậy trong khoảng này.',
  'moment.same': 'Bắt được ngay trong cùng năm.',
  'moment.caught': 'Bắt được: mô hình đặt nó vào năm {year}.',
  caption:
    'Ma trận nhầm lẫn trên {n, number} <term>cặp – năm</term>; nhấn vào một ô để liệt kê các năm đó trong bảng',
  'model.alliance': 'Mô hình: có liên minh',
  'model.none': 'Mô hình: không có liên minh',
  'history.allied': '<term>Lịch sử</term>: có liên minh',
  'history.not-allied': 'Lịch sử: không có liên minh',
  outcome: '{label}: {explained}.',
  'per-pair': 'Mức độ khớp theo từng cặp',
  'pair.baseline': ', đường cơ sở {value}',
})
