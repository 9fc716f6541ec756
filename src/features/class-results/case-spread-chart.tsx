import { memo, useId, useRef } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { toCsv } from '@/lib/csv'
import { CLASS_RESULT_COLUMNS, classResultRows, type ClassResults } from '@/model/class-reading'
import { optionsOf, type Deciding } from '@/model/coding'
import { ExportButtons } from '@/features/export/export-buttons'
import { useElementWidth } from '@/ui/use-element-width'

/** An option as a person reads it. */
export const optionWords = (v: Deciding) =>
  typeof v === 'number' ? String(v) : v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'Unsure'

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
      <Bar dataKey="count" name="Answers" fill="var(--baseline)" isAnimationActive={false}>
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
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  const width = fixedWidth ?? measured
  const count = (k: number, option: Deciding) =>
    results.items[k]!.agreement.spread.find((s) => s.value === option)?.count ?? 0
  const data = results.items.flatMap(({ item }, k) =>
    optionsOf(item).map((option) => ({
      label: `Case ${k + 1}: ${optionWords(option)}`,
      count: count(k, option),
    })),
  )
  const title = 'The spread of answers per case'
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
      <ul className="chart-text" aria-label="The chart in words">
        {results.items.map(({ item }, k) => (
          <li key={item.id}>
            Case {k + 1} ({item.title}):{' '}
            {optionsOf(item)
              .map((option) => `${optionWords(option)}: ${count(k, option)}`)
              .join(', ')}
            .
          </li>
        ))}
      </ul>
    </figure>
  )
}
