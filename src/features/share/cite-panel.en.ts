import { defineMessages } from '@/i18n/catalogue'

/** "Cite this": the citations of the explorer and of the essay, with Copy buttons. */
export const citePanelWords = defineMessages('share.cite-panel', {
  heading: 'Cite this',
  hint: 'Cite the explorer with the data version you used, and the essay whose theory it tests.',
  style: 'Citation style',
  'label.explorer': 'The explorer, data version {version}',
  'label.essay': 'The essay it tests',
  copy: 'Copy',
  'copy-label.explorer': 'Copy the citation of the explorer',
  'copy-label.essay': 'Copy the citation of the essay',
  'copied.explorer': 'Copied the citation of the explorer ({style}).',
  'copied.essay': 'Copied the citation of the essay ({style}).',
  'selected.explorer':
    'The clipboard is not available here, so the citation of the explorer ({style}) is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  'selected.essay':
    'The clipboard is not available here, so the citation of the essay ({style}) is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.',
  'in-english': 'Citations are given in English, as published.',
})
