import { defineMessages } from '@/i18n/catalogue'

/** The model settings: how the model reads the data and what it is scored against. */
export const settingsPanelWords = defineMessages('settings.settings-panel', {
  heading: 'Model settings',
  cases: 'Cases shown',
  'cases.option': '{label} ({n, number} pairs)',
  'cases.hint':
    'The pairs the essay chose, or pairs added to test whether the rule travels beyond them (<term>out of sample</term>), or both.',
  rule: 'Rule',
  lag: '<term>Exit lag</term> (years an alliance outlives a failed criterion)',
  history: 'Alliance definition (what counts as <term>history</term>)',
  'history.hint':
    "The essay's own coding, two <series>treaty series</series>, or a dataset: <cow>COW</cow> or <atop>ATOP</atop>.",
  ideology: '<term>Shared ideology</term>',
  contested: 'A <term>contested</term> threat',
})
