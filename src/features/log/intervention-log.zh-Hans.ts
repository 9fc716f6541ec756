import { translation } from '@/i18n/catalogue'
import type { interventionLogWords } from './intervention-log.en'

export default translation<typeof interventionLogWords>('log.intervention-log', {
  heading: '你的更改',
  empty: '尚无更改。你所做的每项更改都会列在这里，并可注明原因。',
  'shown.all': '已显示全部 {n, number} 步。',
  'shown.last': '已显示 {n, number} 步中的最后 {shown, number} 步。',
  'show.last': '仅显示最后 {shown, number} 步',
  'show.all': '显示全部 {n, number} 步',
  'why.label': '为什么？（第 {step} 步）',
  'why.placeholder': '为什么？（选填）',
})
