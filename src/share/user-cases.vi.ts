import { translation } from '@/i18n/catalogue'
import type { userCasesWords } from './user-cases.en'

export default translation<typeof userCasesWords>('share.user-cases', {
  'max.sources': 'tối đa {max} nguồn',
  'max.states': 'tối đa {max} quốc gia do bạn thêm',
  'max.pairs': 'tối đa {max} cặp do bạn thêm',
  'too-many-spans': 'có {n} giai đoạn và tên, nhiều hơn mức {max} mà một trường hợp được phép có',
  'record.source': 'nguồn',
  'record.state': 'quốc gia',
  'record.pair': 'cặp',
  'record.other': 'bản ghi',
  'no-id': '(không có id)',
  'the-cases': 'các trường hợp',
  row: 'Dòng {row}',
  'row.what': 'Dòng {row} ({what})',
  problem: '{where}: {problem}',
  'unknown-fields': '{n, plural, other {trường không xác định {fields}}}',
  missing: 'bị thiếu',
  empty: 'bị để trống',
  'built-in.source':
    '{where}: dữ liệu có sẵn đã trích dẫn một nguồn có id này, và lịch sử có sẵn không bao giờ thay đổi. Hãy đặt id khác cho nguồn của bạn (bạn có thể trích dẫn {id} như hiện có mà không cần liệt kê nó).',
  'built-in.state':
    '{where}: {id} là một quốc gia có sẵn, và lịch sử có sẵn không bao giờ thay đổi. Hãy đặt id khác cho quốc gia của bạn, hoặc thêm một cặp nối {id} với một quốc gia do bạn thêm.',
  'built-in.pair':
    '{where}: dữ liệu có sẵn đã có cặp này, và lịch sử có sẵn không bao giờ thay đổi. Hãy đổi cách mã hóa của cặp ngay trong trang khám phá, hoặc thêm một cặp khác.',
  'built-in.pair-as':
    '{where}: dữ liệu có sẵn đã có cặp này (dưới dạng {known}), và lịch sử có sẵn không bao giờ thay đổi. Hãy đổi cách mã hóa của cặp ngay trong trang khám phá, hoặc thêm một cặp khác.',
  more: '…và {n} vấn đề khác',
  'csv.unknown-column': 'Dòng 1: cột không xác định "{column}" (các cột là {columns})',
  'csv.column-twice': 'Dòng 1: cột "{column}" xuất hiện hai lần',
  'csv.column-no-name': 'Dòng 1: cột {i} không có tên, nhưng các dòng bên dưới có điền vào',
  'csv.column-missing': 'Dòng 1: thiếu cột "{column}"',
  'csv.more-cells': 'Dòng {row}: có nhiều ô hơn số cột',
  'csv.id-empty': 'id bị để trống',
  'csv.record': 'record phải là source, state hoặc pair',
  'csv.field-source': 'field phải là title',
  'csv.field-state': 'field phải là short, name hoặc regime',
  'csv.field-pair': 'field phải là một trong: {fields}',
  'csv.stray':
    '{n, plural, other {{columns} không được dùng trong dòng {record} {field}, nên sẽ bị mất: hãy để trống}}',
  'csv.years': 'from và to phải là năm, chẳng hạn 1961 và 1975',
  'csv.source-twice': 'nguồn này được liệt kê hai lần',
  'csv.short-twice': 'quốc gia có hai dòng short',
  'csv.yes-no': 'value phải là yes hoặc no',
  'json.not-json': 'Tệp không phải JSON ({error}).',
  'json.no-object': 'Tệp không chứa đối tượng JSON nào, nên không chứa trường hợp nào.',
  'json.format': 'Tệp không phải tệp trường hợp: "format" của nó phải là "{format}".',
  'json.format-scenario':
    'Tệp không phải tệp trường hợp: "format" của nó phải là "{format}". Đây là một tệp kịch bản: hãy mở nó bằng "Mở kịch bản".',
  'json.newer':
    'Tệp được viết cho một phiên bản mới hơn của trang khám phá (phiên bản {version}); phiên bản này đọc phiên bản {current}.',
  'json.version': '"version" của tệp phải là {current}.',
  'file.too-long':
    'Tệp có {n, number} ký tự, nhiều hơn mức {max, number} mà một tệp trường hợp được phép có, nên không được đọc.',
  'file.empty': 'Tệp trống.',
  'file.nothing': 'Tệp không thêm quốc gia nào và cặp nào.',
  'file.unreadable': 'Không đọc được tệp ({error}).',
})
