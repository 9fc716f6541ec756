import { translation } from '@/i18n/catalogue'
import type { handInWords } from './hand-in.en'

export default translation<typeof handInWords>('coding.hand-in', {
  heading: 'Nộp bài',
  intro:
    'Các câu trả lời của bạn được gộp thành một dòng chữ, gọi là mã bài làm. Hãy dán mã vào nhóm chat hoặc biểu mẫu của lớp, hoặc lưu thành tệp; giáo viên sẽ dán mã của cả lớp vào phần Kết quả của lớp. Không có gì được gửi đi đâu cả.',
  nickname: 'Biệt danh của bạn',
  'no-nickname': 'Hãy nhập biệt danh để tạo mã bài làm.',
  'no-code.nickname': 'Chưa có mã: hãy nhập biệt danh trước.',
  'no-code': 'Chưa có mã: <problem/>.',
  code: 'Mã bài làm của bạn ({cases} trường hợp, {exercises} bài tập)',
  copy: 'Sao chép mã',
  save: 'Lưu thành tệp',
  copied: 'Đã sao chép.',
})
