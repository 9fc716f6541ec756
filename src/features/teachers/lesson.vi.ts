import { translation } from '@/i18n/catalogue'
import type { lessonWords } from './lesson.en'

export default translation<typeof lessonWords>('teachers.lesson', {
  'l45.setup.title': 'Chuẩn bị',
  'l45.setup.text':
    'Trước giờ học, bấm “Chế độ máy chiếu” và in phiếu học tập từ mục này. Trang mở ở bước 1, “Khám phá”.',
  'l45.claim.title': 'Luận điểm',
  'l45.claim.text':
    'Đọc phần lý thuyết ở đầu trang. Yêu cầu học sinh kể các liên minh thời Chiến tranh Lạnh rồi phân loại: có chung kẻ thù không? có cùng thể chế chính trị không?',
  'l45.history.title': 'Đọc lịch sử',
  'l45.history.text':
    'Trên dòng thời gian, hàng “Việt Nam – Liên Xô / Nga”: lịch sử và mô hình đều cho thấy 1954–1991. Kết quả phía trên biểu đồ cho tỉ lệ đúng {accuracy} (cũng có ở bước “Kiểm chứng”, mục “Mô hình khớp đến đâu”). Phần A của phiếu học tập.',
  'l45.predict.title': 'Dự đoán trước',
  'l45.predict.text':
    'Bấm “Dự đoán trước” phía trên các kịch bản mẫu: các thẻ bài tập sẽ thay thế chúng. Ở thẻ “{preset}”, mỗi học sinh ghi một dự đoán và một lý do; nhập ý kiến của đa số lớp vào thẻ.',
  'l45.reveal.title': 'Công bố',
  'l45.reveal.text':
    'Bấm “2. Xem câu trả lời của mô hình”. Kết quả giờ ghi “Việt Nam – Nga: mô hình nay dự đoán có liên minh trong {extraYears}; lịch sử cho liên minh chấm dứt năm 1991”, và bên dưới là {changed} cặp – năm thay đổi, tỉ lệ đúng {russiaAccuracy}, đường cơ sở {accuracy}. Phần B.',
  'l45.explain.title': 'Giải thích',
  'l45.explain.text':
    'Vì sao dừng ở năm 1994? Mở “Ghi chú cho giáo viên” của thẻ: mối đe dọa chung không còn. Kết quả cũng nêu những cặp khác đã thay đổi: Trung Quốc – Nga và Triều Tiên – Nga, {othersYears}.',
  'l45.rivals.title': 'Kiểm tra các thuyết đối lập',
  'l45.rivals.text':
    'Mở “Thiết lập mô hình” và đổi Quy tắc. “Chỉ xét an ninh” (cân bằng mối đe dọa): {securityAccuracy}, và kết quả cho biết kịch bản không làm thay đổi dự đoán nào. “Chỉ xét hệ tư tưởng” (đoàn kết hệ tư tưởng): liên minh kéo dài đến {ideologyLastYear}, {ideologyAccuracy}. Đặt lại về “Hai tiêu chí”. Phần C.',
  'l45.exit.title': 'Phiếu cuối giờ và lưu bài',
  'l45.exit.text':
    '“Sao chép liên kết” để giao bài về nhà: liên kết giữ bước đang mở, nên liên kết tạo ở bước “Kiểm chứng” sẽ mở ở “Kiểm chứng”. “Lưu kịch bản” để lưu câu trả lời, “Tải biểu đồ (PNG)” để đưa vào trang chiếu. Phần D.',

  'l90.lesson45.title': 'Bài học 45 phút, bước 1–7',
  'l90.lesson45.text': 'Dừng lại trước phiếu cuối giờ.',
  'l90.reset.title': 'Đặt lại',
  'l90.reset.text':
    'Bấm “Chỉ cho tôi”, rồi “Trở về lịch sử”: kết quả trở lại {accuracy}. Bấm “Dự đoán trước” và “Sao chép liên kết”: liên kết sẽ mở ở các thẻ bài tập.',
  'l90.pairs.title': 'Các nhóm đôi chọn bài tập',
  'l90.pairs.text':
    'Mỗi nhóm đôi mở liên kết, rồi dự đoán, công bố và giải thích một trong năm thẻ bài tập còn lại; công bố một thẻ sẽ gỡ bỏ kịch bản của thẻ trước.',
  'l90.report.title': 'Báo cáo',
  'l90.report.text':
    'Câu hỏi, dự đoán, kết quả: điều đó có ủng hộ việc cần cả hai điều kiện không?',
  'l90.definition.title': 'Tranh luận về định nghĩa',
  'l90.definition.text':
    'Mở bước 2, “Tranh luận”, và bấm “Cách đọc của Lân”: chỉ những hiệp ước có cam kết phòng thủ mới được tính. Mở “Kiểm chứng”: tỉ lệ đúng trên dữ liệu lịch sử giảm còn {lanReading}. Quay lại “Tranh luận”, bấm “Cách mã hóa của Vu” để trở về.',
  'l90.lag.title': 'Độ trễ rút khỏi liên minh',
  'l90.lag.text':
    'Ở “Khám phá”, “Thiết lập mô hình”, chọn Quy tắc “Hai tiêu chí, có độ trễ rút khỏi liên minh”: {exitLag} trên dữ liệu lịch sử. Ở “Kiểm chứng”, “Mọi cặp – năm”, chỉ hiện những chỗ mô hình và lịch sử khác nhau: quy tắc này bắt được những lần chấm dứt liên minh nào, và phải trả giá gì?',
  'l90.essay.title': 'Lập dàn ý bài luận',
  'l90.essay.text':
    'Một luận đề và ba bằng chứng lấy từ ứng dụng, mỗi bằng chứng kèm thiết lập đã tạo ra nó.',
  'l90.close.title': 'Kết thúc',
  'l90.close.text':
    '“In tài liệu phát tay” để có bản ghi một trang; “Sao chép liên kết” hoặc “Lưu kịch bản” để lưu bài.',

  'ws.a.title': 'Phần A. Lịch sử theo cách mã hóa',
  'ws.a.0.question':
    'Lịch sử cho thấy Việt Nam là đồng minh của Liên Xô / Nga trong những năm nào?',
  'ws.a.0.answer': '1954–1991.',
  'ws.a.1.question': 'Mô hình dự đoán liên minh đó trong những năm nào?',
  'ws.a.1.answer': '1954–1991: ở đây mô hình khớp với lịch sử.',
  'ws.a.2.question':
    'Trên dữ liệu lịch sử, mô hình đạt tỉ lệ đúng bao nhiêu, tính trên bao nhiêu cặp – năm?',
  'ws.a.2.answer':
    '{accuracy} trên {total} ({hits} dự đoán trúng, {misses} bỏ sót, {falseAlarms} báo động giả, {correctRejections} loại trừ đúng).',
  'ws.b.title': 'Phần B. Nước Nga vẫn theo chủ nghĩa cộng sản',
  'ws.b.0.question': 'Trước khi xem: Hà Nội có giữ liên minh với Moskva không?',
  'ws.b.0.answer': 'Câu trả lời nào cũng được; điều quan trọng là lập luận.',
  'ws.b.1.question': 'Vì sao em nghĩ vậy?',
  'ws.b.1.answer': 'Một lý do tốt nêu được một trong hai điều kiện.',
  'ws.b.2.question':
    'Sau khi công bố: sau năm 1991, mô hình dự đoán liên minh trong những năm nào?',
  'ws.b.2.answer':
    '{extraYears} (dải kéo dài {russiaYears}); lịch sử cho liên minh kết thúc năm 1991, nên đây là những báo động giả.',
  'ws.b.3.question': 'Có bao nhiêu cặp – năm thay đổi, và thay đổi đầu tiên là gì?',
  'ws.b.3.answer': '{changed}; thay đổi đầu tiên là Việt Nam – Nga, năm 1992.',
  'ws.b.4.question': 'Tỉ lệ đúng bây giờ là bao nhiêu, và trên dữ liệu lịch sử là bao nhiêu?',
  'ws.b.4.answer': '{russiaAccuracy}, so với {accuracy}.',
  'ws.b.5.question': 'Hai cặp nào khác nay được dự đoán là đồng minh, và từ khi nào?',
  'ws.b.5.answer': 'Trung Quốc – Nga và Triều Tiên – Nga, {othersYears}.',
  'ws.b.6.question': 'Vì sao liên minh Việt Nam – Nga được dự đoán lại dừng vào thời điểm đó?',
  'ws.b.6.answer':
    'Cần cả hai điều kiện: mối đe dọa từ Trung Quốc còn tranh cãi trong 1992–94 (được tính là chung) và không còn sau năm 1994.',
  'ws.c.title': 'Phần C. Các quy tắc đối lập (vẫn giữ kịch bản)',
  'ws.c.0.question':
    'Quy tắc “Chỉ xét an ninh” (cân bằng mối đe dọa): những năm được dự đoán, tỉ lệ đúng, và kịch bản có ảnh hưởng không?',
  'ws.c.0.answer':
    '{securityYears}, {securityAccuracy}; không: quy tắc này không xét ai cầm quyền ở Nga.',
  'ws.c.1.question':
    'Quy tắc “Chỉ xét hệ tư tưởng” (đoàn kết hệ tư tưởng): liên minh được dự đoán kéo dài đến khi nào, và với tỉ lệ đúng bao nhiêu?',
  'ws.c.1.answer': 'Đến {ideologyLastYear}; {ideologyAccuracy}.',
  'ws.c.2.question': 'Trong ba quy tắc, quy tắc nào khớp với lịch sử nhất?',
  'ws.c.2.answer': 'Hai tiêu chí ({russiaAccuracy} ở đây, {accuracy} trên dữ liệu lịch sử).',
  'ws.d.title': 'Phần D. Phiếu cuối giờ',
  'ws.d.0.question':
    'Quy tắc nào khớp với lịch sử nhất, và có một điều gì nó không giải thích được?',
  'ws.d.0.answer':
    'Câu hỏi mở: ví dụ liên minh Trung–Xô, mà mô hình cho kết thúc năm 1959 còn lịch sử là năm 1969, hoặc hiệp ước năm 2024 giữa Triều Tiên và Nga.',

  'essay.prompt':
    'Ở mức độ nào hệ tư tưởng chung, chứ không phải mối đe dọa chung, giải thích các liên minh mà Trung Quốc và Việt Nam đã lập ra và chấm dứt từ năm 1949 đến nay?',

  'level.1': '1 Mới bắt đầu',
  'level.2': '2 Đang phát triển',
  'level.3': '3 Vững vàng',
  'level.4': '4 Xuất sắc',
  'rubric.argument': 'Lập luận (“ở mức độ nào”)',
  'rubric.argument.1': 'Chỉ mô tả; không đưa ra nhận định',
  'rubric.argument.2': 'Có nhận định, nhưng tuyệt đối hóa',
  'rubric.argument.3': 'Nhận định rõ ràng, có cân nhắc, nhất quán từ đầu đến cuối',
  'rubric.argument.4':
    'Cân nhắc hệ tư tưởng với mối đe dọa theo từng trường hợp và chỉ ra cán cân nghiêng về đâu',
  'rubric.evidence': 'Bằng chứng lịch sử',
  'rubric.evidence.1': 'Ít trường hợp và mốc thời gian, hoặc sai',
  'rubric.evidence.2': 'Trường hợp chính xác, nhưng chỉ mô tả chứ chưa dùng làm bằng chứng',
  'rubric.evidence.3': 'Các trường hợp chính xác, phù hợp, được dùng làm bằng chứng',
  'rubric.evidence.4': 'Bằng chứng cụ thể, kể cả những trường hợp đi ngược luận đề',
  'rubric.model': 'Sử dụng mô hình',
  'rubric.model.1': 'Không dùng, hoặc đưa số liệu mà không nêu thiết lập',
  'rubric.model.2': 'Trích một kết quả mà ít bình luận',
  'rubric.model.3': 'Dùng một giả định phản thực tế và tỉ lệ đúng, có nêu quy tắc và thiết lập',
  'rubric.model.4':
    'Chỉ ra tỉ lệ đúng cho thấy được gì và không cho thấy được gì, và các lựa chọn mã hóa làm nó thay đổi ra sao',
  'rubric.rivals': 'Các cách giải thích và định nghĩa đối lập',
  'rubric.rivals.1': 'Không có',
  'rubric.rivals.2': 'Nêu tên một thuyết đối lập nhưng không sử dụng',
  'rubric.rivals.3':
    'Kiểm tra luận đề bằng thuyết cân bằng mối đe dọa hoặc thuyết đoàn kết hệ tư tưởng',
  'rubric.rivals.4': 'Cân nhắc thêm định nghĩa liên minh dựa trên hiệp ước của Lân',
  'rubric.communication': 'Diễn đạt',
  'rubric.communication.1': 'Khó theo dõi',
  'rubric.communication.2': 'Có bố cục, còn vài chỗ sơ suất',
  'rubric.communication.3': 'Đoạn văn rõ ràng, mỗi đoạn một ý',
  'rubric.communication.4': 'Súc tích; mỗi nhận định đều có bằng chứng đi kèm',

  'course.ib-history': 'IB Lịch sử, Bài thi 2: Chiến tranh Lạnh',
  'course.ib-history.serves':
    'Cân nhắc nguyên nhân của sự chia rẽ Trung–Xô, của các liên minh của Hà Nội và sự chấm dứt của chúng, và rèn kỹ năng nhận định “ở mức độ nào” bằng các giả định phản thực tế.',
  'course.ib-politics': 'IB Chính trị toàn cầu: quyền lực, chủ quyền và quan hệ quốc tế',
  'course.ib-politics.serves':
    'Đặt một cách giải thích hiện thực (cân bằng mối đe dọa) bên cạnh một cách giải thích dựa trên tư tưởng và một cơ chế an ninh chế độ, và đặt câu hỏi một nước nhỏ giữ chủ quyền bằng cách không liên kết như thế nào.',
  'course.ap-world': 'AP Lịch sử thế giới, Chương 8: Chiến tranh Lạnh và phi thực dân hóa',
  'course.ap-world.serves':
    'Đề cập sự lan rộng của chủ nghĩa cộng sản ở châu Á, các liên minh của khối cộng sản, sự chia rẽ Trung–Xô và sự kết thúc của Chiến tranh Lạnh, với phân tích nhân quả và so sánh dựa trên bằng chứng có trích dẫn.',
  'course.ap-government': 'AP Chính phủ và chính trị so sánh: Trung Quốc',
  'course.ap-government.serves':
    'Cơ chế của Vu dựa trên việc đảng lãnh đạo Quân Giải phóng Nhân dân: cấu trúc bên trong của một chế độ định hình chính sách đối ngoại của nó.',

  'rival.two-criteria':
    'Lý thuyết của Vu: một cách giải thích về an ninh chế độ (quan hệ dân sự – quân sự)',
  'rival.security-only': 'Cân bằng mối đe dọa (Walt); cân bằng theo chủ nghĩa hiện thực',
  'rival.ideology-only': 'Đoàn kết hệ tư tưởng; các cách giải thích kiến tạo và dựa trên bản sắc',
  'rival.two-criteria-lag': 'Cùng lý thuyết đó cộng với quán tính thể chế',
  'rival.lan.rule': 'Cách đọc của Lân (bước Tranh luận)',
  'rival.lan':
    'Một định nghĩa liên minh chính thức, dựa trên hiệp ước, như trong dữ liệu COW và ATOP',
})
