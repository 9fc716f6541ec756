import { translation } from '@/i18n/catalogue'
import type { settingsPanelWords } from './settings-panel.en'

export default translation<typeof settingsPanelWords>('settings.settings-panel', {
  heading: '模型设置',
  cases: '显示的案例',
  'cases.option': '{label}（{n, number} 对）',
  'cases.hint':
    '原文选取的国家对，或为检验该规则能否推广到原文之外而加入的国家对（<term>样本外</term>），或两者兼有。',
  rule: '规则',
  lag: '<term>退出滞后</term>（某项标准不再满足后，同盟仍延续的年数）',
  history: '同盟定义（什么算作<term>历史记录</term>）',
  'history.hint':
    '原文自身的编码、两个<series>条约序列</series>，或一个数据集：<cow>COW</cow>或<atop>ATOP</atop>。',
  ideology: '<term>相同意识形态</term>',
  contested: '<term>有争议</term>的威胁',
})
