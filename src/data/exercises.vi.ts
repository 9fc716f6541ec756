import { translation } from '@/i18n/catalogue'
import type { exerciseTexts } from './exercises.en'

export default translation<typeof exerciseTexts>('data.exercises', {
  'russia-stays-communist.question':
    'Nếu Nga vẫn là nước cộng sản sau năm 1991, Hà Nội có giữ liên minh với Moskva không?',
  'russia-stays-communist.context':
    'Hiệp ước Việt Nam – Liên Xô năm 1978 buộc hai bên tham vấn với nhau nếu bị tấn công. Năm 1994 Việt Nam thay nó bằng một hiệp ước không có điều khoản phòng thủ; bài viết cho rằng Hà Nội từ bỏ hiệp ước vì nước Nga hậu Xô viết không còn cùng hệ tư tưởng, dù có thể nói lợi ích hai bên vẫn gặp nhau. Sau năm 1994 chúng tôi không tìm thấy bằng chứng về một đối thủ chung, nên mô hình dừng ở đó ngay cả khi Nga vẫn là nước cộng sản.',
  'russia-stays-communist.prompts.0':
    'Mối đe dọa từ Trung Quốc được mã hóa là còn tranh cãi trong giai đoạn 1992–94 và không có sau đó. Câu trả lời thay đổi thế nào nếu mối đe dọa còn tranh cãi không được tính là chung? Nếu bạn cho rằng Hà Nội và Moskva có chung một mối đe dọa sau năm 1994, hãy mã hóa điều đó trong trình chỉnh sửa rồi quan sát.',
  'russia-stays-communist.prompts.1':
    'Hệ tư tưởng chung mất đi từ năm 1991 nhưng đến năm 1994 hiệp ước mới chấm dứt. Điều gì giải thích những độ trễ như vậy, và chúng có làm yếu đi nhận định rằng cần có cả hai điều kiện không?',
  'no-sino-soviet-split.question':
    'Nếu Bắc Kinh và Moskva không bao giờ chia rẽ, liên minh của họ có kéo dài quá năm 1969 không?',
  'no-sino-soviet-split.context':
    'Về mặt pháp lý, hiệp ước năm 1950 có hiệu lực đến năm 1980, nhưng xung đột công khai giữa hai đảng bắt đầu khoảng năm 1960 và hai bên giao tranh trên sông Ussuri năm 1969. Bài viết coi liên minh chấm dứt năm 1969, nhiều năm sau khi rạn nứt về hệ tư tưởng.',
  'no-sino-soviet-split.prompts.0':
    'Vu coi sự đổ vỡ Trung–Xô là đổ vỡ về hệ tư tưởng. Chỉ riêng một kẻ thù chung có đủ giữ cho liên minh tồn tại không?',
  'no-sino-soviet-split.prompts.1':
    'Hãy thử quy tắc có độ trễ rút khỏi liên minh: bài viết cần độ trễ bao nhiêu năm để giải thích giai đoạn 1960–69?',
  'hanoi-beijing-stay-comrades.question':
    'Nếu Hà Nội và Bắc Kinh vẫn là đồng chí sau năm 1975, liên minh của họ có tiếp tục không?',
  'hanoi-beijing-stay-comrades.context':
    'Sau năm 1975 Trung Quốc ủng hộ Khmer Đỏ chống lại Việt Nam, cắt viện trợ năm 1978 và tấn công Việt Nam năm 1979. Bài viết lý giải sự đổ vỡ là do mất lợi ích an ninh chung chứ không phải mất hệ tư tưởng chung: cả hai vẫn là nước cộng sản.',
  'hanoi-beijing-stay-comrades.prompts.0':
    'Giữa Trung Quốc và miền Bắc Việt Nam chưa bao giờ có hiệp ước. Theo định nghĩa của Lân, giai đoạn 1954–75 có thực sự là một liên minh không?',
  'hanoi-beijing-stay-comrades.prompts.1':
    'Hai đảng cầm quyền đang giao chiến với nhau thì có thực sự cùng hệ tư tưởng không? Nên đo lường điều đó như thế nào?',
  'north-korea-abandons-communism.question':
    'Nếu Triều Tiên từ bỏ chủ nghĩa cộng sản năm 1994, Trung Quốc có giữ liên minh với nước này không?',
  'north-korea-abandons-communism.context':
    'Hiệp ước năm 1961 là liên minh chính thức duy nhất của Trung Quốc hiện nay, với điều khoản phòng thủ rõ ràng và không có ngày hết hạn trừ khi hai bên cùng đồng ý. Bài viết giải thích sự tồn tại lâu dài của nó bằng mối đe dọa chung và hệ tư tưởng chung.',
  'north-korea-abandons-communism.prompts.0':
    'Điều VII giữ hiệp ước có hiệu lực cho đến khi hai bên đồng ý chấm dứt. Việc hiệp ước còn tồn tại là bằng chứng cho hai điều kiện của Vu, hay cho cách thiết kế hiệp ước?',
  'north-korea-abandons-communism.prompts.1':
    'Năm 2024 Triều Tiên ký một hiệp ước phòng thủ với nước Nga không cộng sản. Trường hợp đó nói gì về quy tắc?',
  'vietnam-turns-non-communist.question':
    'Nếu Việt Nam chấm dứt chế độ độc đảng năm 1991, Việt Nam có còn là đồng minh của Lào không?',
  'vietnam-turns-non-communist.context':
    'Hiệp ước Việt Nam – Lào năm 1977 cam kết hỗ trợ việc phòng thủ của mỗi bên nhưng không đặt ra nghĩa vụ rõ ràng phải bảo vệ bên kia. Các quan chức Việt Nam gọi đó là hiệp ước phòng thủ; Lân nghi ngờ đó là một liên minh.',
  'vietnam-turns-non-communist.prompts.0':
    'Điều gì nên quyết định hiệp ước với Lào có phải là liên minh hay không: văn bản của nó, việc các bên làm, hay tên gọi chính thức?',
  'vietnam-turns-non-communist.prompts.1':
    'Chuyển góc nhìn tranh luận sang cách đọc của Lân. Khi đó Việt Nam còn bao nhiêu đồng minh?',
  'no-south-china-sea-dispute.question':
    'Nếu sau năm 1991 Trung Quốc và Việt Nam không có tranh chấp trên biển và có chung một mối đe dọa, hai nước có liên minh trở lại không?',
  'no-south-china-sea-dispute.context':
    'Quan hệ được bình thường hóa năm 1991, nhưng các tranh chấp ở Biển Đông, như vụ đối đầu quanh giàn khoan Hải Dương 981 năm 2014, khiến Trung Quốc vẫn là mối quan ngại an ninh hàng đầu của Việt Nam; chính sách của Việt Nam không cho phép tham gia liên minh quân sự.',
  'no-south-china-sea-dispute.prompts.0':
    'Một nước nhỏ bên cạnh một cường quốc có đứng trước những lựa chọn giống như cường quốc ấy từng có không? Yếu tố bất cân xứng cho thấy điều gì mà hệ tư tưởng bỏ qua?',
  'no-south-china-sea-dispute.prompts.1':
    'Việt Nam và Mỹ hiện cùng lo ngại về Trung Quốc nhưng không cùng hệ tư tưởng. Mô hình nào giải thích tốt nhất sự thận trọng của Hà Nội?',
  'tito-stays-with-stalin.question':
    'Nếu Tito không bao giờ đoạn tuyệt với Stalin, Nam Tư có tiếp tục là đồng minh của Moskva đến năm 1991 không?',
  'tito-stays-with-stalin.context':
    'Khi bỏ đi sự bất hòa giữa hai đảng và coi phương Tây là kẻ thù chung, cả hai điều kiện đều được đáp ứng đến năm 1989 và mô hình dự đoán có liên minh. Trong lịch sử, năm 1949 Moskva tuyên bố bãi bỏ hiệp ước năm 1945, và Beograd không gia nhập khối nào; năm 1953–54 Nam Tư thậm chí còn ký hiệp ước phòng thủ với Hy Lạp và Thổ Nhĩ Kỳ.',
  'tito-stays-with-stalin.prompts.0':
    'Trong giai đoạn 1948–55, sự rạn nứt xóa bỏ cùng lúc cả hai điều kiện. Trường hợp này có cho ta biết điều kiện nào trong hai điều kiện mới thực sự quan trọng không?',
  'tito-stays-with-stalin.prompts.1':
    'Hãy xem các cặp Nam Tư–Hy Lạp và Nam Tư–Thổ Nhĩ Kỳ: một nước cộng sản trong hiệp ước phòng thủ với các thành viên NATO. Phải chăng quy tắc chỉ đúng với các cặp nước cộng sản?',
  'albania-stays-with-moscow.question':
    'Nếu năm 1960 Albania đứng về phía Moskva, liệu nước này có ở lại trong liên minh với Moskva cho đến khi Chiến tranh Lạnh kết thúc không?',
  'albania-stays-with-moscow.context':
    'Không có rạn nứt giữa hai đảng, mô hình giữ liên minh đến năm 1989. Trong lịch sử, mối đe dọa từ NATO không thay đổi, nhưng Albania ngừng tham dự Khối Warszawa từ năm 1962 và rút khỏi khối năm 1968, còn Trung Quốc trở thành nước bảo trợ của Albania cho đến khi chính hai nước này rạn nứt vào năm 1977–78.',
  'albania-stays-with-moscow.prompts.0':
    'Mối đe dọa vẫn như cũ, chỉ có đường lối của đảng thay đổi. Đây có phải là trường hợp ủng hộ mạnh nhất cho điều kiện về hệ tư tưởng không?',
  'albania-stays-with-moscow.prompts.1':
    'Trung Quốc và Albania có chung kẻ thù và chung hệ tư tưởng từ năm 1962 đến 1976 nhưng không ký hiệp ước nào. Quan hệ của họ có phải là liên minh không? Bạn sẽ mã hóa nó như thế nào?',
  'mongolia-stays-communist.question':
    'Nếu Mông Cổ vẫn là nước cộng sản sau năm 1990, nước này có liên minh với Trung Quốc không?',
  'mongolia-stays-communist.context':
    'Không có gì thay đổi: mô hình dự đoán không có liên minh, vì Mông Cổ từ lâu đã e ngại Trung Quốc và hai nước không có kẻ thù chung. Nga không còn là nước cộng sản, nên liên minh cũ với Liên Xô cũng không quay trở lại. Trong lịch sử, năm 1994 Mông Cổ ký với Trung Quốc một hiệp ước hữu nghị không có cam kết phòng thủ.',
  'mongolia-stays-communist.prompts.0':
    'Với lý thuyết này, chỉ cùng hệ tư tưởng thôi thì chưa đủ. Ở đây điều kiện nào ngăn cản liên minh, và cách mã hóa mối đe dọa có thuyết phục không?',
  'mongolia-stays-communist.prompts.1':
    'Mông Cổ nằm giữa hai cường quốc. Quy tắc có vận hành khác đi đối với một nước nhỏ bên cạnh một cường quốc không?',
  'india-turns-communist.question':
    'Nếu Ấn Độ theo cộng sản năm 1971, hiệp ước năm 1971 của nước này với Moskva có trở thành một liên minh không?',
  'india-turns-communist.context':
    'Giờ đây cả hai điều kiện đều được đáp ứng đến năm 1989: một Ấn Độ cộng sản và Liên Xô cùng đối mặt với Trung Quốc. Mô hình dự đoán có liên minh. Trong lịch sử, hiệp ước năm 1971 cam kết tham vấn và không giúp đỡ kẻ tấn công bên kia, nhưng không cam kết phòng thủ; việc nó có được tính là liên minh hay không tùy thuộc vào định nghĩa được chọn.',
  'india-turns-communist.prompts.0':
    'Chuyển định nghĩa liên minh sang bất kỳ hiệp ước an ninh nào, rồi sang hiệp ước phòng thủ chung. Khi không có thay đổi này, mô hình khớp với trường hợp Ấn Độ tốt hơn hay kém hơn?',
  'india-turns-communist.prompts.1':
    'Hiệp ước năm 1971 dùng cùng công thức tham vấn như hiệp ước Việt Nam – Liên Xô năm 1978. Có nên mã hóa hai hiệp ước theo cùng một cách không?',
})
