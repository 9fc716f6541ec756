import { translation } from '@/i18n/catalogue'
import type { appWords } from './app.en'

export default translation<typeof appWords>('app.app', {
  title: 'Khám phá liên minh phản thực tế',
  theory:
    'Lý thuyết của Khang Vu: các nhà nước do đảng cộng sản lãnh đạo, như Trung Quốc và Việt Nam, chỉ liên minh với một quốc gia có <b>cả</b> mối đe dọa chung <b>lẫn</b> hệ tư tưởng chung với họ.',
  skip: 'Chuyển đến bước {step}',
  main: 'Bước {step}',
  loading: 'Đang tải…',
  'panel.share': 'các nút chia sẻ và lưu',
  'panel.handout': 'tài liệu phát tay',
})
