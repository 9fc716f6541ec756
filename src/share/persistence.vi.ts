import { translation } from '@/i18n/catalogue'
import type { persistenceWords } from './persistence.en'

export default translation<typeof persistenceWords>('share.persistence', {
  'storage.full': 'bộ nhớ của trình duyệt này dành cho trang web đã đầy',
  'storage.refused': 'trình duyệt từ chối lưu ({detail})',
  'lesson.opened':
    'Đã mở bài học "{title}" {role, select, teacher {với vai trò giáo viên} other {với vai trò học sinh}}.',
  'lesson.opened-over':
    'Đã mở bài học "{title}" {role, select, teacher {với vai trò giáo viên} other {với vai trò học sinh}}. Bài học "{before}" của bạn vẫn có thể mở lại chỉ bằng một cú nhấp.',
  'lesson.reopen': 'Mở lại "{title}"',
  'lesson-link.failed':
    'Không mở được liên kết bài học này: {problem}. Bài làm hiện tại của bạn không thay đổi.',
  'file.failed': 'Chưa mở "{name}": {problem}. Bài làm hiện tại của bạn không thay đổi.',
  'file.log': 'Đã mở tệp kịch bản "{name}"',
  'file.opened': 'Đã mở "{name}". Nhấn Hoàn tác để quay lại bài làm trước đó.',
  'what.file': 'tệp "{name}"',
  'what.saved': 'bài làm đã lưu của bạn',
  'what.link': 'liên kết này',
  'saved.unreadable': 'Không đọc được bài làm đã lưu của bạn: {problem}.',
  'saved.kept':
    'Một bản sao của nội dung đã lưu được giữ trong trình duyệt này (bản sao lưu {slot}/{slots}, có trong mục "Các bản lưu không đọc được đang giữ trong trình duyệt này" cạnh nút Lưu kịch bản).',
  'saved.not-kept':
    'Trình duyệt đã giữ đủ {slots} bản sao lưu của những lần lưu trước không đọc được, nên bản này không được giữ lại: hãy tải nó xuống ngay.',
  'saved.download': 'Tải xuống bản đã lưu',
  'saved.partly':
    'Bài làm đã lưu của bạn đã được khôi phục, ngoại trừ {reason}; {n, plural, other {phần đó đã được đặt lại}}. {kept}',
  'saved.failed':
    'Không đọc được bài làm đã lưu của bạn ({problem}), nên trang khám phá mở ra với dữ liệu lịch sử. {kept}',
  'field.settings': 'phần cài đặt mô hình',
  'field.changes': 'các thay đổi',
  'field.view': 'phần hiển thị',
  'field.log': 'nhật ký thay đổi',
  'field.exercises': 'các câu trả lời bài tập',
  'field.codes': 'cách mã hóa của bạn cho các trường hợp còn tranh cãi',
  'field.undo': 'lịch sử hoàn tác',
  'field.other': '"{field}"',
  'lost.one-change': 'một trong các thay đổi',
  'lost.some-changes': '{n} trong số các thay đổi',
  'lost.part': '{what} ({problem})',
  'lost.part-more': '{what} ({problem}; và {n} vấn đề khác)',
  'lost.separator': ', ',
  'lost.last': '{head} và {last}',
  'link.log': 'Đã mở một liên kết được chia sẻ',
  'link.over':
    'Bạn vừa mở một liên kết được chia sẻ. Bài làm trước đó của bạn vẫn được giữ: nhấn Hoàn tác, hoặc khôi phục nó tại đây.',
  'link.restore': 'Khôi phục bài làm trước đó',
  'link.restore-log': 'Đã khôi phục bài làm trước đó của bạn',
  'link.separator': '; ',
  'link.partly':
    'Một số phần của liên kết này không đọc được, nên nó được hiển thị trong phạm vi đọc được: {problems}.',
  'link.unreadable-saved':
    'Không đọc được liên kết này ({problems}). Thay vào đó, bài làm đã lưu của bạn được hiển thị.',
  'link.unreadable-fresh':
    'Không đọc được liên kết này ({problems}). Trang khám phá mở ra với dữ liệu lịch sử.',
  'link.unreadable-current':
    'Không đọc được liên kết này ({problems}). Bài làm hiện tại của bạn không thay đổi.',
  'link.empty': 'liên kết không chứa gì để hiển thị',
  'log.start-from-history': 'Bắt đầu lại từ lịch sử',
  'work.changes': '{n, plural, other {{count} thay đổi so với lịch sử}}',
  'work.settings': '{n, plural, other {{count} cài đặt mô hình đã đổi}}',
  'work.both': '{changes} và {settings}',
  'welcome.back': 'Bài làm đã lưu của bạn đã trở lại: {what}.',
  'welcome.start': 'Bắt đầu từ lịch sử',
  'kept.previous': 'bài làm bạn có trước khi mở một liên kết được chia sẻ',
  'kept.other-tab': 'bài làm từ một thẻ khác mà thẻ này đã lưu đè lên',
  'kept.notice': 'Trình duyệt này vẫn đang giữ {what}.',
  'kept.open': 'Mở',
  'kept.log': 'Đã mở {what}',
  'tab.changed':
    'Bài làm của bạn đã được thay đổi ở một thẻ khác của trang khám phá. Để không mất bên nào, thẻ này đã ngừng lưu đè cho đến khi bạn chọn: tải bài làm của thẻ kia vào đây (bài làm của thẻ này vẫn có thể lấy lại bằng một lần Hoàn tác), hoặc giữ bài làm của thẻ này.',
  'tab.keep-this':
    'Giữ bài làm của thẻ này nghĩa là trình duyệt sẽ mở lại bài làm này. Bài làm của thẻ kia vẫn mở trong thẻ của nó, và một bản sao được giữ trong trình duyệt này dưới khóa "{key}".',
  'tab.load': 'Tải bài làm của thẻ kia',
  'tab.keep': 'Giữ bài làm của thẻ này',
  'tab.unreadable': 'Không đọc được bài làm của thẻ kia. Bài làm của thẻ này không thay đổi.',
  'tab.unreadable-why':
    'Không đọc được bài làm của thẻ kia ({problem}). Bài làm của thẻ này không thay đổi.',
  'tab.loaded-log': 'Đã tải bài làm của thẻ kia',
  'tab.loaded': 'Đã tải bài làm của thẻ kia. Nhấn Hoàn tác để quay lại bài làm của thẻ này.',
  'tab.saved-again':
    'Bài làm của thẻ này lại được lưu. Bài làm của thẻ kia vẫn mở trong thẻ của nó, và một bản sao được giữ dưới khóa "{key}".',
  'framed.apart':
    'Trang khám phá đang hiển thị bên trong một trang web khác, nên trình duyệt này giữ bài làm đã lưu tách biệt với trang khám phá khi mở riêng, và có thể quên nó. Hãy dùng "Lưu kịch bản" hoặc "Sao chép liên kết" để giữ bài làm.',
  'framed.none':
    'Trang khám phá đang hiển thị bên trong một trang web khác, và trình duyệt này không cho phép lưu bài làm ở đây. Hãy dùng "Lưu kịch bản" hoặc "Sao chép liên kết" để giữ bài làm.',
  'no-storage':
    'Trình duyệt này không cho phép trang khám phá lưu bài làm của bạn. Hãy dùng "Lưu kịch bản" hoặc "Sao chép liên kết" để giữ bài làm.',
  'save.failed':
    'Không lưu được những thay đổi mới nhất của bạn trong trình duyệt này: {problem}. Bài làm đã lưu gần nhất vẫn được giữ nguyên, và những gì trên màn hình vẫn còn đây: hãy dùng "Lưu kịch bản" để giữ một bản sao.',
  'save.action': 'Lưu kịch bản',
})
