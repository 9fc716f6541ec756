import { defineMessages } from '@/i18n/catalogue'

/** The Explore step: its switches, its disclosures and the names of its panels. */
export const exploreStepWords = defineMessages('app.explore-step', {
  'mode.label': 'How to use the presets',
  'mode.show': 'Show me',
  'mode.predict': 'Predict first',
  'chart.label': 'Chart',
  'chart.timeline': 'Timeline',
  'chart.network': 'Network',
  controls: 'Scenario and settings',
  settings: 'Model settings',
  changes:
    '{n, plural, =0 {Your changes} one {Your changes ({count} cell)} other {Your changes ({count} cells)}}',
  make: 'Make an exercise (for teachers)',
  loading: 'Loading…',
  'loading.lesson': 'Loading the lesson…',
  'loading.network': 'Loading the network…',
  'part.network': 'The alliance network',
  'part.history-editor': 'The history editor',
  'part.lesson': 'The lesson',
  'part.exercise-form': 'The exercise form',
  'panel.lesson': 'the lesson',
  'panel.presets': 'the presets',
  'panel.exercises': 'the exercises',
  'panel.settings': 'the model settings',
  'panel.changes': 'the list of changes',
  'panel.exercise-form': 'the exercise form',
  'panel.result': 'the result',
  'panel.timeline': 'the timeline',
  'panel.network': 'the alliance network',
  'panel.history-editor': 'the history editor',
})
