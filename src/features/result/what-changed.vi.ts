import { translation } from '@/i18n/catalogue'
import type { whatChangedWords } from './what-changed.en'

export default translation<typeof whatChangedWords>('result.what-changed', {
  sentence:
    '{pair}: mô hình {model, select, gained {nay dự đoán có liên minh vào {gained}} lost {nay dự đoán không có liên minh vào {lost}} other {nay dự đoán có liên minh vào {gained} và không có vào {lost}}}; {history, select, during {lịch sử có liên minh vào {during}} ends {lịch sử kết thúc liên minh vào năm {end}} other {lịch sử không có liên minh trong những năm đó}}.',
})
