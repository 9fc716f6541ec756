import { translation } from '@/i18n/catalogue'
import type { codingItemWords } from './coding-items.en'

export default translation<typeof codingItemWords>('data.coding-items', {
  'vnm-lao-1977.title': 'Việt Nam – Lào 1977: Điều 2',
  'vnm-lao-1977.prompt':
    'Hiệp ước năm 1977 có biến Việt Nam và Lào thành đồng minh không, và văn bản của nó có buộc bên nào phải bảo vệ bên kia không?',
  'vnm-lao-1977.clause.article': 'Điều 2',
  'vnm-lao-1977.clause.text':
    'Mỗi bên cam kết ủng hộ bên kia và giúp tăng cường khả năng bảo vệ độc lập, chủ quyền và lãnh thổ của mình trước sự phá hoại của các thế lực đế quốc và phản động.',
  'vnm-lao-1977.clause.published':
    'Diễn giải, không phải trích dẫn: chúng tôi chưa được xem văn bản chính thức bằng tiếng Việt hay tiếng Lào; Điều 2 theo mô tả của Vu trong bài phúc đáp tháng 6 năm 2021',
  'vnm-lao-1977.facts.0':
    'Việt Nam và Lào ký hiệp ước tại Viêng Chăn ngày 18 tháng 7 năm 1977; hiệp ước có hiệu lực từ tháng 10 năm đó với thời hạn 25 năm, và việc gia hạn sau năm 2002 diễn ra thế nào thì chưa được kiểm chứng.',
  'vnm-lao-1977.facts.1':
    'Điều 2 hứa giúp đỡ nhau tăng cường khả năng phòng thủ, nhưng hiệp ước không nói rằng một bên phải tham chiến nếu bên kia bị tấn công.',
  'vnm-lao-1977.facts.2':
    'Khoảng 30.000 đến 50.000 quân Việt Nam đóng ở Lào trong những năm 1975–83, và Lào thông báo những đơn vị cuối cùng đã rút vào tháng 11 năm 1988.',
  'vnm-lao-1977.facts.3':
    'Về sau, các cơ quan chính thức của Việt Nam gọi hiệp ước này là hiệp ước phòng thủ (2012) và hiệp ước phòng thủ chung (2015), nhưng COW và ATOP không ghi nhận liên minh nào.',
  'vnm-lao-1977.decided.vu.note':
    'Vu coi Lào là đồng minh của Hà Nội từ năm 1977. Trong bài phúc đáp, ông thừa nhận Điều 2 không buộc Việt Nam phải bảo vệ Lào, và dựa lập luận vào cách gọi chính thức cùng sự hiện diện của quân đội.',
  'vnm-lao-1977.decided.lan.note':
    'Lân nghi ngờ đây là một liên minh, vì hiệp ước không nói rõ mỗi bên phải làm gì khi bị tấn công (biết được qua phần Vu tóm tắt lập luận của ông).',
  'vnm-lao-1977.decided.cow.note':
    'COW không có mục nào cho hiệp ước này và không ghi nhận liên minh nào giữa hai nước trong bất kỳ năm nào (dữ liệu của COW dừng ở năm 2012).',
  'vnm-lao-1977.decided.atop.note':
    'ATOP không ghi nhận nghĩa vụ song phương nào; mục từ năm 1992 của ATOP bắt nguồn từ Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á, một hiệp ước đa phương mà chúng tôi không tính (dữ liệu của ATOP dừng ở năm 2018).',
  'vnm-rus-1978.title': 'Liên Xô – Việt Nam 1978: Điều 6',
  'vnm-rus-1978.prompt':
    'Hiệp ước năm 1978 có biến Việt Nam và Liên Xô thành đồng minh không, và Điều 6 của nó có buộc bên nào phải bảo vệ bên kia không?',
  'vnm-rus-1978.clause.article': 'Điều 6',
  'vnm-rus-1978.clause.text':
    'Nếu một trong hai bên “bị tấn công hoặc bị đe dọa tấn công”, hai bên lập tức tham khảo ý kiến nhau để loại trừ mối đe dọa đó và áp dụng “những biện pháp thích đáng có hiệu lực” nhằm giữ gìn hòa bình và an ninh của hai nước.',
  'vnm-rus-1978.clause.published':
    'Diễn giải có trích những từ then chốt: bản tiếng Anh trong cơ sở dữ liệu “The World and Japan”, dẫn theo Contemporary International Relations – Basic Documents, tr. 246–257',
  'vnm-rus-1978.facts.0':
    'Hiệp ước được ký tại Mátxcơva ngày 3 tháng 11 năm 1978 và có hiệu lực từ ngày 13 tháng 12, với thời hạn 25 năm và tự động gia hạn mỗi lần 10 năm.',
  'vnm-rus-1978.facts.1':
    'Điều 6 đòi hỏi tham vấn ngay lập tức và những biện pháp không nêu cụ thể nếu một bên bị tấn công hoặc bị đe dọa; điều này không có lời hứa tự động tham chiến.',
  'vnm-rus-1978.facts.2':
    'Hải quân Liên Xô sử dụng các căn cứ của Việt Nam như vịnh Cam Ranh, nhưng không có lực lượng Liên Xô nào tham chiến khi Trung Quốc tấn công Việt Nam vào tháng 2 năm 1979.',
  'vnm-rus-1978.facts.3':
    'Liên Xô chấm dứt tồn tại vào tháng 12 năm 1991, và tháng 6 năm 1994 Nga và Việt Nam thay hiệp ước này bằng một hiệp ước không có điều khoản phòng thủ.',
  'vnm-rus-1978.decided.vu.note':
    'Vu coi Liên Xô là đồng minh của Hà Nội cho đến năm 1991, và từ năm 1954, rất lâu trước khi có hiệp ước. Phần bài phúc đáp mà chúng tôi đọc được có đặt Điều 6 cạnh hiệp ước với Lào, nhưng không nói đó có phải là nghĩa vụ phòng thủ hay không.',
  'vnm-rus-1978.decided.lan.note':
    'Theo phần Vu tóm tắt, Lân hiểu Điều 6 là quy định rõ điều gì xảy ra sau một cuộc tấn công, nên hiệp ước được tính. Người hiểu chặt chỉ thấy ở đây một lời hứa tham vấn; bộ hồ sơ các trường hợp ghi nhận bất đồng này.',
  'vnm-rus-1978.decided.cow.note':
    'COW xếp hiệp ước này vào loại hiệp thương (liên minh số 301), không phải hiệp ước phòng thủ, từ ngày 3 tháng 11 năm 1978 đến ngày 25 tháng 12 năm 1991.',
  'vnm-rus-1978.decided.atop.note':
    'ATOP mã hóa đây là nghĩa vụ tham vấn, không phải nghĩa vụ phòng thủ, và kéo dài nó qua năm 1991 sang những năm của nước Nga.',
  'vnm-khm-1979.title': 'Việt Nam – Campuchia 1979: Điều 2',
  'vnm-khm-1979.prompt':
    'Hiệp ước năm 1979 có biến Việt Nam và chính quyền mới do Việt Nam lập nên ở Campuchia thành đồng minh không, và nó có buộc bên nào phải bảo vệ bên kia không?',
  'vnm-khm-1979.clause.article': 'Điều 2',
  'vnm-khm-1979.clause.text':
    'Hai bên cam kết giúp đỡ nhau “bằng mọi biện pháp” để tăng cường khả năng phòng thủ và bảo vệ độc lập, chủ quyền và lãnh thổ của mình.',
  'vnm-khm-1979.clause.published':
    'Diễn giải, không phải trích dẫn: chúng tôi chưa được xem văn bản chính thức; nội dung và cụm từ “bằng mọi biện pháp” theo tường thuật của báo Quân đội Nhân dân (QĐND)',
  'vnm-khm-1979.facts.0':
    'Quân đội Việt Nam tiến vào Phnôm Pênh ngày 7 tháng 1 năm 1979 và lập nên nước Cộng hòa Nhân dân Campuchia, chính quyền đã ký hiệp ước này với Hà Nội ngày 18 tháng 2.',
  'vnm-khm-1979.facts.1':
    'Các bản tường thuật về hiệp ước cho thấy một cam kết giúp đỡ nhau về phòng thủ, nhưng không có nghĩa vụ rõ ràng buộc bên nào phải chiến đấu vì bên kia.',
  'vnm-khm-1979.facts.2':
    'Việt Nam rút xong quân vào tháng 9 năm 1989, và tháng 10 năm 1991 đảng cầm quyền ở Campuchia từ bỏ chủ nghĩa Mác – Lênin.',
  'vnm-khm-1979.facts.3':
    'Cả COW lẫn ATOP đều không ghi nhận hiệp ước này, và bài viết của Vu không xếp Campuchia vào số đồng minh của Hà Nội, dù cả hai điều kiện của ông dường như đều được thỏa mãn.',
  'vnm-khm-1979.decided.vu.note':
    'Bài viết nêu tên bốn đồng minh của Hà Nội và Campuchia không nằm trong số đó, dù theo chính hai điều kiện của bài viết thì lẽ ra phải có; bộ hồ sơ các trường hợp ghi nhận đây là một thiếu sót.',
  'vnm-khm-1979.decided.lan.note':
    'Lân không bàn đến hiệp ước này; phép thử ông áp dụng cho hiệp ước với Lào, tức một nghĩa vụ phòng thủ rõ ràng, ở đây cũng cho kết quả là không có liên minh. Có người hiểu lời hứa giúp đỡ bằng mọi biện pháp là một nghĩa vụ phòng thủ.',
  'vnm-khm-1979.decided.cow.note':
    'COW không có mục nào cho hiệp ước này và không ghi nhận liên minh nào giữa hai nước.',
  'vnm-khm-1979.decided.atop.note':
    'ATOP không ghi nhận nghĩa vụ nào giữa hai nước trong những năm này.',
  'chn-vnm-1954.title': 'Trung Quốc – miền Bắc Việt Nam 1954–75: viện trợ không có hiệp ước',
  'chn-vnm-1954.prompt':
    'Trung Quốc và miền Bắc Việt Nam có phải là đồng minh trong những năm 1954–1975 không, khi Trung Quốc gửi vũ khí và quân đội nhưng hai bên chưa bao giờ ký hiệp ước?',
  'chn-vnm-1954.facts.0':
    'Trung Quốc và miền Bắc Việt Nam chưa bao giờ ký hiệp ước liên minh, và cả COW lẫn ATOP đều không ghi nhận hiệp ước nào như vậy.',
  'chn-vnm-1954.facts.1':
    'Bài viết của Vu dẫn lời hứa của Bắc Kinh sẽ đưa quân đội sang nếu Hoa Kỳ tấn công miền Bắc.',
  'chn-vnm-1954.facts.2':
    'Từ tháng 6 năm 1965 đến tháng 3 năm 1968, Trung Quốc gửi khoảng 320.000 quân hỗ trợ sang miền Bắc Việt Nam; những đơn vị cuối cùng rút về vào tháng 8 năm 1973.',
  'chn-vnm-1954.facts.3':
    'Sau năm 1975, hai nước bất hòa về vấn đề Campuchia, và tháng 2 năm 1979 Trung Quốc tấn công Việt Nam.',
  'chn-vnm-1954.decided.vu.note':
    'Vu cho rằng Trung Quốc là đồng minh chính thức của miền Bắc Việt Nam trong những năm 1954–75, dẫn lời hứa gửi quân của Bắc Kinh.',
  'chn-vnm-1954.decided.lan.note':
    'Không có hiệp ước thì theo phép thử của Lân không có liên minh chính thức. Không đọc được đoạn ông viết về trường hợp này, nên mã ở đây là áp dụng tiêu chí của ông.',
  'chn-vnm-1954.decided.cow.note':
    'COW không ghi nhận liên minh song phương nào; mục 1962–64 của COW là Tuyên bố Genève đa phương về Lào, mà chúng tôi không tính.',
  'chn-vnm-1954.decided.atop.note':
    'ATOP không ghi nhận nghĩa vụ song phương nào giữa hai nước trong những năm này.',
  'vnm-prk-1954.title': 'Miền Bắc Việt Nam – Triều Tiên 1954–75: phi công mà không có hiệp ước',
  'vnm-prk-1954.prompt':
    'Miền Bắc Việt Nam và Triều Tiên có phải là đồng minh trong những năm 1954–1975 không, khi Triều Tiên gửi phi công sang nhưng không có hiệp ước phòng thủ nào được ký?',
  'vnm-prk-1954.facts.0':
    'Chưa tìm thấy hiệp ước phòng thủ nào giữa hai nước; một văn kiện năm 1961 được một nguồn Việt Nam nhắc đến thì không rõ nội dung.',
  'vnm-prk-1954.facts.1':
    'Khoảng 90 phi công lái máy bay chiến đấu của Triều Tiên đã giúp bảo vệ miền Bắc Việt Nam trong những năm 1967–68, và 14 người trong số họ đã hy sinh.',
  'vnm-prk-1954.facts.2': 'Năm 1967, hai nước còn ký một hiệp định viện trợ quân sự và kinh tế.',
  'vnm-prk-1954.facts.3':
    'Sau năm 1975, Bình Nhưỡng đứng về phía Bắc Kinh và Khmer Đỏ, chống lại Hà Nội.',
  'vnm-prk-1954.decided.vu.note':
    'Vu coi Triều Tiên là một trong bốn đồng minh của Hà Nội trong những năm 1954–75, dẫn việc nước này gửi phi công sang.',
  'vnm-prk-1954.decided.lan.note':
    'Không có hiệp ước thì theo phép thử của Lân không có liên minh chính thức; mã ở đây áp dụng tiêu chí của ông, vì không thấy ông bàn đến cặp này.',
  'vnm-prk-1954.decided.cow.note':
    'COW không ghi nhận liên minh nào giữa hai nước trong bất kỳ năm nào.',
  'vnm-prk-1954.decided.atop.note':
    'ATOP không ghi nhận nghĩa vụ nào giữa hai nước trong những năm này.',
  'chn-rus-end.title': 'Trung Quốc – Liên Xô: liên minh kết thúc khi nào?',
  'chn-rus-end.prompt':
    'Liên minh giữa Trung Quốc và Liên Xô bắt đầu từ năm 1950: năm cuối cùng liên minh còn hiệu lực là năm nào?',
  'chn-rus-end.facts.0':
    'Hiệp ước năm 1950, có thời hạn 30 năm, hứa viện trợ quân sự nếu Nhật Bản hoặc một nước liên minh với Nhật Bản tấn công một trong hai bên.',
  'chn-rus-end.facts.1':
    'Tháng 7 năm 1960, Mátxcơva rút các chuyên gia của mình khỏi Trung Quốc, và sau đó hai đảng tranh cãi công khai.',
  'chn-rus-end.facts.2':
    'Từ tháng 3 năm 1969, quân đội Trung Quốc và Liên Xô giao chiến ở biên giới.',
  'chn-rus-end.facts.3':
    'Tháng 4 năm 1979, Trung Quốc tuyên bố sẽ không gia hạn hiệp ước, và hiệp ước hết hiệu lực vào tháng 4 năm 1980.',
  'chn-rus-end.decided.vu.note':
    'Vu coi liên minh kết thúc với cuộc chiến biên giới năm 1969, nhiều năm sau sự chia rẽ về hệ tư tưởng đầu những năm 1960.',
  'chn-rus-end.decided.lan.note':
    'Theo phép thử dựa trên hiệp ước, liên minh kéo dài bằng hiệp ước năm 1950 và điều khoản phòng thủ của nó, tức đến khi hết hiệu lực năm 1980; đây là áp dụng tiêu chí của Lân.',
  'chn-rus-end.decided.cow.note':
    'COW mã hóa một hiệp ước phòng thủ (liên minh số 229) từ tháng 2 năm 1950 đến tháng 2 năm 1980, tròn ba mươi năm kể từ khi ký; các nguồn khác cho rằng nó kết thúc vào tháng 4 năm 1980.',
  'chn-rus-end.decided.atop.note':
    'ATOP mã hóa các nghĩa vụ phòng thủ và không xâm phạm lẫn nhau từ năm 1950 đến hết năm 1980.',
  'chn-prk-1950.title': 'Trung Quốc – Triều Tiên 1950–60: trước khi có hiệp ước',
  'chn-prk-1950.prompt':
    'Trung Quốc và Triều Tiên có phải là đồng minh trong những năm 1950–1960 không, khi quân đội Trung Quốc chiến đấu cho miền Bắc và ở lại đó, nhưng trước khi hai bên ký hiệp ước?',
  'chn-prk-1950.facts.0':
    'Trung Quốc tham gia Chiến tranh Triều Tiên năm 1950 và chiến đấu bên cạnh Triều Tiên chống lại liên quân Liên Hợp Quốc do Mỹ dẫn đầu cho đến năm 1953.',
  'chn-prk-1950.facts.1': 'Quân đội Trung Quốc ở lại Triều Tiên đến tháng 10 năm 1958.',
  'chn-prk-1950.facts.2':
    'Hiệp ước, với lời hứa rõ ràng sẽ viện trợ quân sự ngay lập tức, mãi đến tháng 7 năm 1961 mới được ký.',
  'chn-prk-1950.decided.vu.note':
    'Vu tính liên minh từ khi Trung Quốc tham gia Chiến tranh Triều Tiên năm 1950 và coi nó không hề gián đoạn kể từ đó, dù trong những năm 1958–61 không có quân đội cũng không có hiệp ước.',
  'chn-prk-1950.decided.lan.note':
    'Lân tính hiệp ước năm 1961 vì điều khoản phòng thủ rõ ràng của nó, nhưng sát cánh chiến đấu mà không có hiệp ước thì không phải là liên minh chính thức; đây là áp dụng tiêu chí của ông.',
  'chn-prk-1950.decided.cow.note': 'COW tính liên minh này bắt đầu từ hiệp ước năm 1961.',
  'chn-prk-1950.decided.atop.note':
    'ATOP tính nghĩa vụ phòng thủ của liên minh này bắt đầu từ hiệp ước năm 1961.',
  'vnm-rus-threat-1992.title': 'Việt Nam – Nga 1992–94: mối đe dọa chung?',
  'vnm-rus-threat-1992.prompt':
    'Sau khi Liên Xô tan rã, Việt Nam và Nga có còn đối mặt với một kẻ thù chung trong những năm 1992–94 không?',
  'vnm-rus-threat-1992.facts.0':
    'Liên Xô tan rã vào tháng 12 năm 1991, và nước Nga mới không còn do một đảng cộng sản cầm quyền.',
  'vnm-rus-threat-1992.facts.1':
    'Bắc Kinh và Mátxcơva đã bình thường hóa quan hệ từ tháng 5 năm 1989, làm suy yếu mặt trận chung trước đây chống Trung Quốc.',
  'vnm-rus-threat-1992.facts.2':
    'Bài viết của Vu cho rằng lợi ích an ninh của hai nước có thể vẫn trùng nhau khi Hà Nội để hiệp ước năm 1978 hết hiệu lực vào năm 1994.',
  'vnm-rus-threat-1992.facts.3':
    'Bộ dữ liệu của chúng tôi mã hóa mối đe dọa là còn tranh cãi trong những năm 1992–94 và không thấy đối thủ chung nào từ năm 1995.',
  'vnm-rus-threat-1992.decided.vu.note':
    'Bài viết thừa nhận rằng sau năm 1991 lợi ích an ninh có thể vẫn trùng nhau, và cho rằng mối quan hệ kết thúc là do hệ tư tưởng.',
  'vnm-rus-threat-1992.decided.lan.note':
    'Phần bài phản biện của Lân mà chúng tôi đọc được tranh luận về việc thế nào thì được tính là liên minh, và không bàn đến các mối đe dọa.',
  'vnm-rus-threat-1992.decided.cow.note':
    'COW ghi nhận các liên minh, không ghi nhận các mối đe dọa, nên không có quan điểm nào.',
  'vnm-rus-threat-1992.decided.atop.note':
    'ATOP ghi nhận các nghĩa vụ theo hiệp ước, không ghi nhận các mối đe dọa, nên không có quan điểm nào.',
})
