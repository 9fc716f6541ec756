import { translation } from '@/i18n/catalogue'
import type { whatChangedWords } from './what-changed.en'

export default translation<typeof whatChangedWords>('result.what-changed', {
  sentence:
    '{pair}：模型{model, select, gained {现在预测 {gained} 年有同盟} lost {现在预测 {lost} 年无同盟} other {现在预测 {gained} 年有同盟、{lost} 年无同盟}}；{history, select, during {历史上 {during} 年有同盟} ends {历史上同盟于 {end} 年结束} other {历史上这些年份没有同盟}}。',
})
