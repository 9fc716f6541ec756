import { translation } from '@/i18n/catalogue'
import type { scenarioFileWords } from './scenario-file.en'

export default translation<typeof scenarioFileWords>('share.scenario-file', {
  issue: '{where}: {message}',
  'where.file': 'tệp',
  'where.change': '{path} ({id}{years})',
  'change.unknown-state': '{where}: quốc gia không xác định "{id}" ({layer}, {years})',
  'change.unknown-pair': '{where}: cặp không xác định "{id}" ({layer}, {years})',
  'change.backwards': '{where} ({id}): giai đoạn {from}–{to} kết thúc trước khi bắt đầu',
  'change.outside': '{where} ({id}, {layer}): các năm {years} nằm ngoài {first}–{last}',
  'lesson.no-item': 'bước {step} của bài học: không có mục mã hóa nào tên là "{item}"',
  'lesson.where': 'bước {step} của bài học ("{title}")',
  'lesson.unknown-pair': '{where}: cặp không xác định "{id}"',
  'lesson.outside': '{where}: các năm {from}–{to} nằm ngoài {first}–{last}',
  'lesson.change': '{where}, thay đổi',
  'undo.log-length': '{field}.logLength: dài hơn nhật ký đã lưu',
  'view.years': 'view: khoảng năm {from}–{to} không nằm trong {first}–{last}',
  'view.hidden': 'view.hiddenDyads: cặp không xác định "{id}"',
  'view.focus': 'view.focus: cặp hoặc năm không xác định "{id}", {year}',
  'view.table': 'view.table.dyad: cặp không xác định "{id}"',
  'head.too-big':
    'tệp có dung lượng {mb} MB, lớn hơn mọi kịch bản mà trang khám phá lưu (tối đa {max} MB), nên không được đọc',
  'head.not-json': 'tệp không phải JSON ({error})',
  'head.no-object': 'tệp không phải một kịch bản: nó không chứa đối tượng JSON nào',
  'head.format': 'tệp không phải kịch bản của trang khám phá ("format" của nó phải là "{format}")',
  'head.no-version':
    'tệp không ghi phiên bản định dạng (phiên bản này đọc định dạng phiên bản {version})',
  'head.bad-version':
    'phiên bản định dạng của tệp ({found}) không xác định; phiên bản này đọc định dạng phiên bản {version}',
  'head.newer':
    'tệp được lưu bởi một phiên bản mới hơn của trang khám phá (phiên bản {found}); phiên bản này đọc định dạng phiên bản {version}',
  'head.too-many':
    'tệp chứa {n, number} thay đổi, nhiều hơn mọi kịch bản mà trang khám phá lưu (tối đa {max, number}, kể cả lịch sử hoàn tác), nên không được đọc',
  'cases.bad': 'cases: {problem}',
  'cases.not-valid': 'không hợp lệ',
  'salvage.more': 'changes: còn {n} thay đổi khác không đọc được',
  'salvage.unknown-field': '{field}: không phải một phần của tệp kịch bản',
})
