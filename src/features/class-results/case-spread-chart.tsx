import { memo, useId, useRef } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { toCsv } from '@/lib/csv'
import { CLASS_RESULT_COLUMNS, classResultRows, type ClassResults } from '@/model/class-reading'
import { optionsOf, type Deciding } from '@/model/coding'
import { ExportButtons } from '@/features/export/export-buttons'
import { useElementWidth } from '@/ui/use-element-width'
import { activeLanguage, text } from '@/i18n/catalogue'
import type { Language } from '@/i18n/languages'
import { useDataText, useLanguage, useT } from '@/i18n/react'
import { caseSpreadChartWords } from './case-spread-chart.en'

/** An option as a person reads it, in `language` (the one in use by default); a year as it is. */
export const optionWords = (v: Deciding, language: Language = activeLanguage()) =>
  typeof v === 'number'
    ? String(v)
    : text(
        caseSpreadChartWords,
        v === 'yes' ? 'option.yes' : v === 'no' ? 'option.no' : 'option.unsure',
        undefined,
        language,
      )

/** One bar: a case's answer, named on the axis ("Case 1: No"), and how many gave it. */
export interface CaseBar {
  readonly label: string
  readonly count: number
}

const ROW = 24

/** The recharts plot: one bar per case and answer, each named on the axis and labelled with its count. */
export const CaseSpreadPlot = memo(function CaseSpreadPlot({
  data,
  width,
}: {
  data: readonly CaseBar[]
  width: number
}) {
  const t = useT(caseSpreadChartWords)
  return (
    <BarChart
      width={width}
      height={data.length * ROW + 48}
      data={data as CaseBar[]}
      layout="vertical"
      margin={{ top: 8, right: 40, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--grid)" strokeWidth="var(--line-grid)" strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="label" interval={0} width={120} />
      <Tooltip />
      <Bar dataKey="count" name={t('bars')} fill="var(--baseline)" isAnimationActive={false}>
        <LabelList dataKey="count" position="right" />
      </Bar>
    </BarChart>
  )
})

/**
 * "How the class answered each case" as a chart: the spread of answers on every case, numbered as
 * the cases are listed in words under it; it exports as PNG, SVG and CSV like the other charts.
 */
export function CaseSpreadChart({
  results,
  width: fixedWidth,
}: {
  results: ClassResults
  width?: number
}) {
  const id = useId()
  const t = useT(caseSpreadChartWords)
  const dt = useDataText()
  const language = useLanguage()
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  const width = fixedWidth ?? measured
  const count = (k: number, option: Deciding) =>
    results.items[k]!.agreement.spread.find((s) => s.value === option)?.count ?? 0
  const data = results.items.flatMap(({ item }, k) =>
    optionsOf(item).map((option) => ({
      label: t('axis', { n: k + 1, option: optionWords(option, language) }),
      count: count(k, option),
    })),
  )
  const title = t('title')
  return (
    <figure className="case-spread" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
      </figcaption>
      <ExportButtons
        target={wrapper}
        selector=".recharts-wrapper > svg.recharts-surface"
        chart="class-cases"
        title={title}
        render={(w) => <CaseSpreadPlot data={data} width={w} />}
        csv={() => toCsv(CLASS_RESULT_COLUMNS, classResultRows(results))}
      />
      <div ref={wrapper} className="chart-wrapper">
        <CaseSpreadPlot data={data} width={width} />
      </div>
      <ul className="chart-text" aria-label={t('in-words')}>
        {results.items.map(({ item }, k) => (
          <li key={item.id}>
            {t('line', {
              n: k + 1,
              title: dt('data.coding-items', `${item.id}.title`, item.title),
              counts: optionsOf(item)
                .map((option) =>
                  t('count', {
                    option: optionWords(option, language),
                    count: String(count(k, option)),
                  }),
                )
                .join(t('separator')),
            })}
          </li>
        ))}
      </ul>
    </figure>
  )
}
