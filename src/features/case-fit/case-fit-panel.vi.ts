import { translation } from '@/i18n/catalogue'
import type { caseFitWords } from './case-fit-panel.en'

export default translation<typeof caseFitWords>('case-fit.panel', {
  heading: 'Quy tắc có đứng vững ngoài các trường hợp của bài viết?',
  sentence:
    'Tỉ lệ đúng trên các trường hợp của bài viết {essay}, <term>ngoài mẫu</term> {outOfSample}, trên mọi trường hợp {all}.',
  'all-cases': 'Mọi trường hợp',
  'why.ally-across-ideology':
    'có liên minh dù một trong hai nước không do một đảng cộng sản cầm quyền',
  'why.ally-despite-rift': 'có liên minh dù hai đảng cầm quyền đang rạn nứt công khai',
  'why.ally-without-threat': 'có liên minh mà không có mối đe dọa nào được mô hình tính là chung',
  'why.no-ally-despite-both': 'cả hai tiêu chí đều thỏa mãn, nhưng không có liên minh',
  'model.alliance': 'Mô hình: có liên minh',
  'model.none': 'Mô hình: không',
  'history.alliance': 'Lịch sử: có liên minh',
  'history.none': 'Lịch sử: không',
  'every-reading': 'Tỉ lệ đúng theo mọi quy tắc và định nghĩa liên minh',
  'every-reading.caption':
    'Tỉ lệ đúng của từng quy tắc theo từng định nghĩa liên minh, cho mỗi nhóm trường hợp',
  rule: 'Quy tắc',
  definition: 'Định nghĩa liên minh',
  caption:
    'Mức độ phù hợp của mô hình trên từng nhóm trường hợp, bên cạnh các quy tắc không biết gì về mối đe dọa hay hệ tư tưởng',
  column: '{group} ({n, plural, other {# cặp}})',
  scored: 'Số cặp – năm được tính điểm',
  accuracy: 'Tỉ lệ đúng',
  precision: 'Độ chuẩn xác',
  recall: 'Độ bao phủ',
  'always-no': 'Luôn “không có liên minh”',
  'same-as-last-year': 'Giống năm trước',
  confusions: 'Các ma trận nhầm lẫn',
  counter: 'Nơi lịch sử đi ngược quy tắc nhiều nhất',
  'counter.none': 'Không có: với các thiết lập này, lịch sử không bao giờ đi ngược quy tắc.',
  'counter.item': '<b>{pair}</b>, {years} ({group}): {why}.',
  questions: 'Câu hỏi về phạm vi của lý thuyết',
  'question.communist':
    'Quy tắc có chỉ đúng với các cặp nhà nước cộng sản không? Hãy tìm một nhà nước cộng sản có hiệp ước với một nhà nước không cộng sản.',
  'question.small-state':
    'Quy tắc có chỉ đúng với một nước nhỏ nằm cạnh một cường quốc, như Mông Cổ, Albania hay Lào không?',
  'question.criterion':
    'Tiêu chí nào phát huy tác dụng ngoài mẫu: chỉ riêng mối đe dọa chung, hay chỉ riêng việc cùng hệ tư tưởng, có cho kết quả tốt hơn không? Hãy mở bảng bên dưới.',
})
