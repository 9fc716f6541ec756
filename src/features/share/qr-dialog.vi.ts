import { translation } from '@/i18n/catalogue'
import type { qrDialogWords } from './qr-dialog.en'

export default translation<typeof qrDialogWords>('share.qr-dialog', {
  'code-label': 'Mã QR mở {what}: liên kết được ghi ngay bên dưới',
  'too-long':
    'Liên kết này quá dài để làm mã QR: nó cần {bytes, number} byte, trong khi một mã QR chứa tối đa {max, number} byte. Hãy chia sẻ bằng tệp: “Lưu kịch bản” lưu màn hình này thành một tệp, mở lại bằng “Mở kịch bản”.',
  preparing: 'Đang tạo mã QR…',
  failed:
    'Không tạo được mã QR: thiết bị này chưa tải phần đó của công cụ và hiện không kết nối được mạng. Liên kết bên dưới vẫn dùng được; hãy thử lại khi có mạng.',
  heading: 'Quét để mở {what}',
  copy: 'Sao chép liên kết',
  close: 'Đóng',
  copied: 'Đã sao chép liên kết.',
  'not-copied': 'Không sao chép được liên kết ở đây: hãy chọn liên kết ở trên rồi sao chép.',
})
