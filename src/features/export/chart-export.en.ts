import { defineMessages } from '@/i18n/catalogue'

/** The words drawn into an exported chart's frame, and what an export says when it fails. */
export const chartExportWords = defineMessages('export.chart-export', {
  'more-changes': '… and {n} more changes.',
  steps: 'Steps taken:',
  'earlier-steps': '({n} earlier steps not shown)',
  desc: '{subtitle} Made with the Alliance Counterfactual Explorer, data version {version}.',
  'timeout.read': 'reading the chart as an image took more than {s} s',
  'timeout.png': 'making the PNG took more than {s} s',
  'error.read': 'the browser could not read the chart as an image',
  'error.canvas': 'this browser cannot draw on a canvas',
  'error.png': 'the PNG could not be made',
})
