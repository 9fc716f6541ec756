import { memo, useId, useRef, useState } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { PRESETS } from '@/data'
import { EXERCISES } from '@/data/exercises'
import { LIMITS } from '@/model/limits'
import type { HandedIn } from '@/share/answer-code'
import { ExportButtons } from '@/features/export/export-buttons'
import { useElementWidth } from '@/ui/use-element-width'
import { handCount } from './hand-count'

/** One exercise as the class predicted it before the reveal, and how many changed their mind. */
export interface PredictionCount {
  /** The exercise's number, as the chart's axis shows it. */
  readonly n: string
  readonly exercise: string
  readonly yes: number
  readonly no: number
  readonly unsure: number
  readonly changed: number
}

const ANSWERS = [
  { key: 'yes', name: 'Predicted yes', fill: 'var(--baseline)' },
  { key: 'no', name: 'Predicted no', fill: 'var(--scenario-line)' },
  { key: 'unsure', name: 'Unsure', fill: 'var(--muted)' },
] as const

const EXPORT_LEGEND = ANSWERS.map((a) => ({ label: a.name, stroke: a.fill }))

/** The recharts plot: counts per exercise, each bar labelled with its number (not colour alone). */
export const PredictionPlot = memo(function PredictionPlot({
  data,
  width,
  height,
}: {
  data: readonly PredictionCount[]
  width: number
  height: number
}) {
  return (
    <BarChart
      width={width}
      height={height}
      data={data as PredictionCount[]}
      margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--grid)" strokeWidth="var(--line-grid)" strokeDasharray="3 3" />
      <XAxis dataKey="n" interval={0} />
      <YAxis allowDecimals={false} width={40} />
      <Tooltip />
      <Legend />
      {ANSWERS.map((a) => (
        <Bar key={a.key} dataKey={a.key} name={a.name} fill={a.fill} isAnimationActive={false}>
          <LabelList dataKey={a.key} position="top" />
        </Bar>
      ))}
    </BarChart>
  )
})

/** Short names of the exercises, by their presets' titles. */
const EXERCISE_NAMES = EXERCISES.map(
  (e) => PRESETS.find((p) => p.id === e.preset)?.title ?? e.preset,
)

/**
 * "Predictions before the reveal": per exercise, hands up for yes, no and unsure before the
 * answer is shown, and for changing one's mind after; as a bar chart that exports like the others.
 */
export function PredictionResults({
  width: fixedWidth,
  handedIn,
}: {
  width?: number
  /** The students' handed-in work, when the class answered by codes (else hands are counted). */
  handedIn?: readonly HandedIn[]
}) {
  const id = useId()
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  const width = fixedWidth ?? measured
  const [counts, setCounts] = useState<Readonly<Record<string, PredictionCount>>>({})
  // From codes: each student's prediction; a code does not say who changed their mind.
  const fromCodes = (k: number): PredictionCount => {
    const preset = EXERCISES[k]!.preset
    const said = (p: string) =>
      handedIn!.filter(
        (w) => Object.hasOwn(w.answers, preset) && w.answers[preset]!.prediction === p,
      ).length
    return {
      n: String(k + 1),
      exercise: EXERCISE_NAMES[k]!,
      yes: said('yes'),
      no: said('no'),
      unsure: said('unsure'),
      changed: 0,
    }
  }
  const data = EXERCISES.map((e, k): PredictionCount =>
    handedIn
      ? fromCodes(k)
      : (counts[e.preset] ?? {
          n: String(k + 1),
          exercise: EXERCISE_NAMES[k]!,
          yes: 0,
          no: 0,
          unsure: 0,
          changed: 0,
        }),
  )
  const set = (k: number, field: 'yes' | 'no' | 'unsure' | 'changed', text: string) =>
    setCounts((c) => ({ ...c, [EXERCISES[k]!.preset]: { ...data[k]!, [field]: handCount(text) } }))

  return (
    <figure className="prediction-results" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>Predictions before the reveal</h3>
        <p className="hint">
          Before revealing an exercise, ask for hands on yes, no and unsure; after it, ask who
          changed their mind. The chart numbers the exercises as the table does.
        </p>
      </figcaption>
      <div className="class-scroll" role="region" aria-label="Counts per exercise" tabIndex={0}>
        <table className="class-table">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Yes</th>
              <th scope="col">No</th>
              <th scope="col">Unsure</th>
              <th scope="col">Changed their mind</th>
            </tr>
          </thead>
          <tbody>
            {EXERCISES.map((e, k) => (
              <tr key={e.preset}>
                <th scope="row">
                  {k + 1}. {EXERCISE_NAMES[k]}
                </th>
                {(['yes', 'no', 'unsure', 'changed'] as const).map((field) => (
                  <td key={field}>
                    {handedIn ? (
                      field === 'changed' ? (
                        <span title="An answer code does not say">—</span>
                      ) : (
                        data[k]![field]
                      )
                    ) : (
                      <input
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={LIMITS.classSize}
                        placeholder="0"
                        aria-label={`${EXERCISE_NAMES[k]}: ${field === 'changed' ? 'changed their mind' : field}`}
                        value={counts[e.preset]?.[field] ?? ''}
                        onChange={(ev) => set(k, field, ev.target.value)}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons
        target={wrapper}
        selector=".recharts-wrapper > svg.recharts-surface"
        chart="class-predictions"
        title="Predictions before the reveal"
        legend={EXPORT_LEGEND}
        render={(w) => <PredictionPlot data={data} width={w} height={260} />}
      />
      <div ref={wrapper} className="chart-wrapper">
        <PredictionPlot data={data} width={width} height={260} />
      </div>
      <p className="chart-text">
        {data
          .filter((d) => d.yes + d.no + d.unsure > 0)
          .map(
            (d) =>
              `${d.n}. ${d.exercise}: ${d.yes} yes, ${d.no} no, ${d.unsure} unsure${handedIn ? '' : `; ${d.changed} changed their mind`}.`,
          )
          .join(' ') || 'No predictions counted yet.'}
      </p>
    </figure>
  )
}
