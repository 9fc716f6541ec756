import { defineMessages } from '@/i18n/catalogue'

/** The chart of agreement with history per year, and its text twin. */
export const agreementChartWords = defineMessages('agreement.chart', {
  title: 'Agreement with history per year',
  subtitle: 'Share of pairs whose predicted alliance matches {series}.',
  baseline: 'Model on history (baseline)',
  scenario: 'Model on the scenario',
  'tooltip.year': 'Year {year}',
  text: 'From {from} to {to} the model matches history for {scenario}% of pairs in an average year.{drop, select, yes { The largest drop is in {year}: {before}% to {after}%.} other {}}',
  'text.changed':
    'From {from} to {to} the model matches history for {scenario}% of pairs in an average year under the scenario, against {baseline}% for the baseline.{drop, select, yes { The largest drop is in {year}: {before}% to {after}%.} other {}}',
})
