import { defineMessages } from '@/i18n/catalogue'

/** The export buttons under each chart, and what they tell a screen reader and the notices. */
export const exportButtonWords = defineMessages('export.export-buttons', {
  png: 'Download chart (PNG)',
  svg: 'Download chart (SVG)',
  csv: 'Download chart data (CSV)',
  making: 'Making the {format}…',
  downloaded: 'Downloaded {file}.',
  failed: 'The chart could not be exported: {reason}.',
})
