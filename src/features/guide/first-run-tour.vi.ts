import { translation } from '@/i18n/catalogue'
import type { firstRunTourWords } from './first-run-tour.en'

export default translation<typeof firstRunTourWords>('guide.first-run-tour', {
  'presets.title': 'Bắt đầu với một kịch bản mẫu',
  'presets.text':
    'Mỗi kịch bản mẫu thay đổi lịch sử theo một cách, chẳng hạn “{preset}”. Bấm vào một kịch bản để thử, và bấm lần nữa để bỏ.',
  'result.title': 'Đọc kết quả',
  'result.text':
    'Ở đây, công cụ khám phá nói bằng lời lẽ đơn giản rằng thay đổi đã tác động thế nào đến các dự đoán của mô hình, và đặt đường cơ sở (mô hình trên dữ liệu lịch sử) bên cạnh mỗi số liệu bị thay đổi.',
  'timeline.title': 'Xem theo từng năm',
  'timeline.text':
    'Mỗi hàng là một cặp quốc gia: lịch sử ở trên, mô hình trên dữ liệu lịch sử ở ngay dưới. Một kịch bản sẽ thêm dải thứ ba ở nơi nó làm thay đổi dự đoán. “{walkthrough}” giải thích từng dấu hiệu.',
  count: 'Hướng dẫn nhanh, bước {n, number}/{total, number}',
  back: 'Quay lại',
  next: 'Tiếp',
  done: 'Xong',
  skip: 'Bỏ qua',
})
