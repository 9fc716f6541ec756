import { translation } from '@/i18n/catalogue'
import type { teacherPanelWords } from './teacher-panel.en'

export default translation<typeof teacherPanelWords>('teachers.teacher-panel', {
  intro:
    'Các bài học dựa trên kịch bản mẫu và bài tập của ứng dụng. Các quy tắc đối lập trong trình đơn <b>Quy tắc</b> mang những tên gọi của giới nghiên cứu dưới đây. Bản hướng dẫn đầy đủ, với cùng các kế hoạch, là tệp <code>docs/teachers.md</code> trong dự án (bằng tiếng Anh).',
  'lesson45.heading': 'Bài học 45 phút: Nước Nga vẫn theo chủ nghĩa cộng sản',
  'lesson90.heading': 'Bài học 90 phút: hai quy tắc, hai cách đọc, một bài luận',
  step: '<b>{title}</b> ({minutes, number} phút): {text}',
  'step.untimed': '<b>{title}</b>: {text}',
  'worksheet.heading': 'Phiếu học tập',
  'worksheet.intro':
    'Mười bốn câu hỏi trong bốn phần, để học sinh điền trong khi cả lớp theo bài học 45 phút. Bản in chỉ có câu hỏi, kèm chỗ trống để viết.',
  'worksheet.print': 'In phiếu học tập',
  'key.summary': 'Đáp án',
  'key.intro': 'Những gì ứng dụng hiển thị với thiết lập mặc định.',
  'essay.heading': 'Đề bài luận và thang đánh giá',
  'essay.prompt': '<b>Đề bài:</b> “{prompt}”',
  'rubric.caption': 'Thang đánh giá: chấm mỗi tiêu chí từ 1 đến 4 (tổng cộng 20 điểm)',
  'rubric.criterion': 'Tiêu chí',
  'curriculum.heading': 'Đối chiếu chương trình học',
  'rivals.heading': 'Các quy tắc đối lập theo thuật ngữ của giới nghiên cứu',
  'printed.label': 'Phiếu học tập để in',
  'printed.title': 'Khám phá liên minh phản thực tế: phiếu học tập',
  'printed.name': 'Họ tên: ______________________________ Ngày: ______________',
})
