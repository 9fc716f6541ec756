import { translation } from '@/i18n/catalogue'
import type { presetTexts } from './presets.en'

export default translation<typeof presetTexts>('data.presets', {
  'russia-stays-communist.title': 'Nga vẫn là nước cộng sản',
  'russia-stays-communist.description':
    'Năm 1991 Liên Xô tan rã, nhưng Đảng Cộng sản vẫn nắm quyền ở Moskva. Việt Nam có giữ hiệp ước năm 1978 với Moskva không? Trung Quốc và Nga có trở lại làm đồng minh khi cả hai cùng đối đầu với Mỹ không?',
  'no-sino-soviet-split.title': 'Không có chia rẽ Trung–Xô',
  'no-sino-soviet-split.description':
    'Trung Quốc và Liên Xô không bao giờ bất hòa về đường lối xây dựng chủ nghĩa cộng sản. Cả hai vẫn coi Mỹ là kẻ thù chung cho đến năm 1989. Liên minh năm 1950 của họ kéo dài được bao lâu?',
  'hanoi-beijing-stay-comrades.title': 'Hà Nội và Bắc Kinh vẫn là đồng chí',
  'hanoi-beijing-stay-comrades.description':
    'Việt Nam và Trung Quốc vẫn là bạn sau năm 1975. Hai đảng cầm quyền không bất hòa, hai nước không xung đột vì Campuchia, và không có Chiến tranh biên giới Việt–Trung năm 1979. Họ tiếp tục cùng đối mặt với một kẻ thù chung cho đến năm 1991. Liên minh 1954–75 của họ liệu có tiếp tục?',
  'north-korea-abandons-communism.title': 'Triều Tiên từ bỏ chủ nghĩa cộng sản',
  'north-korea-abandons-communism.description':
    'Kim Nhật Thành qua đời năm 1994, và sau đó Triều Tiên từ bỏ chế độ cộng sản độc đảng. Liên minh chính thức duy nhất mà Trung Quốc vẫn còn giữ sẽ ra sao?',
  'vietnam-turns-non-communist.title': 'Việt Nam không còn là nước cộng sản',
  'vietnam-turns-non-communist.description':
    'Năm 1991 Việt Nam đi theo con đường của Đông Âu và chấm dứt chế độ cộng sản độc đảng. Lý thuyết có còn dự đoán Việt Nam liên minh với Lào không? Khi Trung Quốc đe dọa cả hai, Việt Nam có thể liên minh với Mỹ không?',
  'no-south-china-sea-dispute.title': 'Không có tranh chấp Biển Đông',
  'no-south-china-sea-dispute.description':
    'Sau năm 1991 Trung Quốc và Việt Nam giải quyết xong các bất đồng trên biển. Cả hai đều coi sức ép từ các nước phương Tây là mối đe dọa chung. Khi đó cả hai điều kiện của lý thuyết đều được đáp ứng, nên mô hình dự đoán một liên minh mới. Điều đó có đáng tin không?',
  'tito-stays-with-stalin.title': 'Tito không đoạn tuyệt với Stalin',
  'tito-stays-with-stalin.description':
    'Năm 1948 Nam Tư vẫn ở trong phe của Moskva. Hai đảng không bao giờ bất hòa, và cả hai đều coi phương Tây là kẻ thù. Lý thuyết có dự đoán Beograd vẫn là đồng minh của Moskva không?',
  'albania-stays-with-moscow.title': 'Albania vẫn đứng về phía Moskva',
  'albania-stays-with-moscow.description':
    'Năm 1960 Albania đứng về phía Moskva chứ không phải Bắc Kinh, và tiếp tục cùng Moskva đối đầu với phương Tây. Liệu Albania có ở lại trong liên minh với Moskva đến cùng không?',
  'mongolia-stays-communist.title': 'Mông Cổ vẫn là nước cộng sản',
  'mongolia-stays-communist.description':
    'Năm 1990 Mông Cổ giữ chế độ cộng sản độc đảng, như nước láng giềng Trung Quốc. Giờ đây lý thuyết có dự đoán Mông Cổ và Trung Quốc liên minh với nhau không?',
  'india-turns-communist.title': 'Ấn Độ theo cộng sản năm 1971',
  'india-turns-communist.description':
    'Năm 1971 một đảng cộng sản lên nắm quyền ở Ấn Độ, đúng năm nước này ký hiệp ước với Moskva. Hiệp ước đó có trở thành một liên minh đầy đủ không?',
})
