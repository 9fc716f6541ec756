import { translation } from '@/i18n/catalogue'
import type { argumentTexts } from './argument.en'

export default translation<typeof argumentTexts>('data.argument', {
  'mechanism.title': 'Cơ chế: đảng lãnh đạo quân đội',
  'mechanism.text':
    'Ở Trung Quốc và Việt Nam, quân đội phục vụ đảng cộng sản trước, nhà nước sau. Hợp tác quân sự chặt chẽ với một nước khác hệ tư tưởng có thể làm suy yếu sự lãnh đạo của đảng đối với quân đội, mà những người cầm quyền này giữ vững quyền lực trong nước cẩn trọng không kém gì giữ biên giới, nên chỉ riêng một kẻ thù chung không bao giờ tạo nên đồng minh. Các đối tác của Hà Nội giai đoạn 1954–75 đáp ứng cả hai tiêu chí: là nước cộng sản, và cùng đối đầu với Mỹ.',
  'mechanism.short': 'Đảng và quân đội',
  'mechanism.brief': 'chỉ có kẻ thù chung thôi thì chưa đủ',
  'deviant-cases.title': 'Vì sao giữ lại những trường hợp có vẻ bất thường',
  'deviant-cases.text':
    'Nhiều học giả gạt liên minh Trung Quốc – Triều Tiên sang một bên như một trường hợp ngoại lệ, và quan hệ gắn bó của Việt Nam với Lào cũng đi ngược nguyên tắc không liên minh của chính Hà Nội. Vu giữ lại cả hai: hai ngoại lệ cùng một dạng cho thấy một quy luật, còn loại chúng ra là chọn trường hợp theo kết quả và làm sai lệch kết luận. Cả hai liên minh đều tồn tại lâu hơn Chiến tranh Lạnh, theo cách đọc của ông là vì cả hai cặp vẫn có chung lợi ích và hệ tư tưởng.',
  'deviant-cases.short': 'Ngoại lệ',
  'deviant-cases.brief': 'hai liên minh còn tồn tại khẳng định quy tắc',
  'treaty-1961.title': 'Động cơ của Bắc Kinh khi ký hiệp ước năm 1961',
  'treaty-1961.text':
    'Những người lính Trung Quốc cuối cùng rời Triều Tiên năm 1958; tháng 7 năm 1961 Bắc Kinh ký hiệp ước tương trợ với Bình Nhưỡng, chỉ vài ngày sau khi Moskva ký một hiệp ước của riêng mình. Vu cho rằng động cơ là sự cạnh tranh: khi chia rẽ ngày càng sâu sắc, Bắc Kinh muốn giữ Bình Nhưỡng không ngả về phe Liên Xô. Hiệp ước cam kết viện trợ quân sự ngay lập tức nếu một bên bị tấn công, và là liên minh duy nhất của Trung Quốc hiện nay.',
  'treaty-1961.short': 'Hiệp ước 1961',
  'treaty-1961.brief': 'Bắc Kinh tìm cách giữ Bình Nhưỡng khỏi ngả về Moskva',
  'test-ban-1963.title': 'Hiệp ước cấm thử năm 1963, một đòn chia rẽ',
  'test-ban-1963.text':
    'Sự chia rẽ Trung–Xô đầu thập niên 1960 có gốc rễ từ hệ tư tưởng, và Vu nói thêm rằng Washington đã dùng Hiệp ước cấm thử vũ khí hạt nhân một phần năm 1963 để đẩy hai nước xa nhau hơn nữa. Khi hệ tư tưởng chung không còn, cuộc xung đột biên giới năm 1969 trên thực tế đã chấm dứt liên minh, dù trên giấy tờ hiệp ước vẫn có hiệu lực đến năm 1980.',
  'test-ban-1963.short': 'Cấm thử 1963',
  'test-ban-1963.brief': 'đòn của Mỹ khoét sâu chia rẽ Trung–Xô',
  'united-front.title': 'Đề xuất “mặt trận thống nhất” của Trung Quốc đầu thập niên 1970',
  'united-front.text':
    'Đầu thập niên 1970, Bắc Kinh đề xuất một “mặt trận thống nhất” của năm nước cách mạng trong khu vực (Trung Quốc, Triều Tiên, miền Bắc Việt Nam, Lào và Campuchia), chủ yếu nhằm đẩy ảnh hưởng của Liên Xô ra khỏi châu Á. Hà Nội lại xích lại gần Moskva hơn, và khi chiến tranh kết thúc thắng lợi, hai nước có chung một lợi ích mới: kiềm chế Trung Quốc.',
  'united-front.short': 'Mặt trận thống nhất',
  'united-front.brief': 'kế hoạch chống Liên Xô lại đẩy Hà Nội về phía Moskva',
  'treaty-1978.title': 'Thời hạn 25 năm của hiệp ước Việt Nam – Liên Xô năm 1978',
  'treaty-1978.text':
    'Hiệp ước Hữu nghị và Hợp tác ký tháng 11 năm 1978 có thời hạn 25 năm, đến năm 2003, và ràng buộc hai bên tham vấn với nhau nếu một bên bị tấn công. Năm 1994 Hà Nội từ bỏ nó để ký một hiệp ước không có điều khoản phòng thủ: nước Nga hậu Xô viết không còn cùng hệ tư tưởng, dù có thể nói cả hai vẫn có lý do để dè chừng Trung Quốc.',
  'treaty-1978.short': 'Hiệp ước 1978',
  'treaty-1978.brief': 'hạn đến 2003, bị bỏ sau khi Liên Xô sụp đổ',
  'independent-foreign-policy.title':
    '“Chính sách đối ngoại độc lập tự chủ” năm 1982 của Trung Quốc',
  'independent-foreign-policy.text':
    'Trong thập niên 1980, Bắc Kinh và Washington hợp tác quân sự chống Moskva, nên tiêu chí về mối đe dọa đã được đáp ứng. Tuy vậy, năm 1982 Đại hội XII của Đảng Cộng sản Trung Quốc cam kết không gắn Trung Quốc với bất kỳ cường quốc hay khối nào, vì Mỹ vẫn là kẻ thù đế quốc và đối địch về hệ tư tưởng. Không có liên minh nào ra đời, và ngoài Triều Tiên, từ đó đến nay Trung Quốc luôn tránh liên minh.',
  'independent-foreign-policy.short': 'Chính sách 1982',
  'independent-foreign-policy.brief': 'chung mối đe dọa với Mỹ, nhưng không liên minh',
  'lessons-1979-1988.title': 'Bài học của Việt Nam từ năm 1979 và 1988',
  'lessons-1979-1988.text':
    'Hiệp ước với Liên Xô đã không ngăn được Trung Quốc tấn công Việt Nam vào tháng 2 năm 1979, cũng không ngăn được Trung Quốc giành quyền kiểm soát đá Gạc Ma (Johnson South) từ Việt Nam vào tháng 3 năm 1988. Sau khi rút hết quân khỏi Campuchia năm 1989, Hà Nội mở cửa và chọn đứng ngoài mọi liên minh, tự đi con đường riêng sau Chiến tranh Lạnh.',
  'lessons-1979-1988.short': '1979 và 1988',
  'lessons-1979-1988.brief': 'đồng minh Liên Xô không răn đe được Trung Quốc',
  'three-nos.title': 'Chính sách “ba không” của Việt Nam',
  'three-nos.text':
    'Chính sách quốc phòng của Hà Nội không tham gia liên minh quân sự, không cho nước ngoài đặt căn cứ quân sự trên lãnh thổ mình và không dựa vào nước này để chống nước kia. Washington nay là đối tác gần gũi trước sức ép của Trung Quốc trên biển nhưng không cùng hệ tư tưởng với Đảng; như một câu nói ở Việt Nam: theo Mỹ thì mất Đảng, theo Trung Quốc thì mất nước. Lào, nước đáp ứng cả hai tiêu chí, là ngoại lệ duy nhất.',
  'three-nos.short': 'Ba không',
  'three-nos.brief': 'Mỹ chung mối đe dọa, không chung hệ tư tưởng',
})
