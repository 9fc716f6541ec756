import { memo, useId, useRef, useState } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { BUILTIN_CLASS_LESSON, type ClassLesson } from './class-lesson'
import { toCsv } from '@/lib/csv'
import {
  fewestChanged,
  PREDICTION_COLUMNS,
  predictionRows,
  tallyAnswers,
  tallyHands,
  type PredictionSpread,
  type PredictionTally,
} from '@/model/class-reading'
import { LIMITS } from '@/model/limits'
import type { Prediction } from '@/model/vocabulary'
import type { HandedIn } from '@/share/answer-code'
import { ExportButtons } from '@/features/export/export-buttons'
import { useElementWidth } from '@/ui/use-element-width'
import { handCount } from './hand-count'

/** One bar group of the chart: an exercise before the reveal, or after it. */
export interface PredictionBars extends PredictionSpread {
  /** The exercise's number and the moment, as the chart's axis shows them: "1 before". */
  readonly n: string
}

/** Each answer's colour, and a letter on its bars so colour is not the only key. */
const ANSWERS = [
  { key: 'yes', word: 'Yes', letter: 'Y', fill: 'var(--baseline)' },
  { key: 'no', word: 'No', letter: 'N', fill: 'var(--scenario-line)' },
  { key: 'unsure', word: 'Unsure', letter: '?', fill: 'var(--muted)' },
] as const
const WORD: Record<Prediction, string> = { yes: 'Yes', no: 'No', unsure: 'Unsure' }
const legendName = (a: (typeof ANSWERS)[number]) => `${a.word} (${a.letter})`
const EXPORT_LEGEND = ANSWERS.map((a) => ({ label: legendName(a), stroke: a.fill }))
const PHASES = ['before', 'after'] as const
type Phase = (typeof PHASES)[number]

/**
 * The recharts plot: per exercise a group of bars before the reveal and one after it, the axis
 * naming which, each bar labelled with its answer's letter and its count (not colour alone).
 */
export const PredictionPlot = memo(function PredictionPlot({
  data,
  width,
  height,
}: {
  data: readonly PredictionBars[]
  width: number
  height: number
}) {
  return (
    <BarChart
      width={width}
      height={height}
      data={data as PredictionBars[]}
      margin={{ top: 20, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer
    >
      <CartesianGrid stroke="var(--grid)" strokeWidth="var(--line-grid)" strokeDasharray="3 3" />
      <XAxis dataKey="n" interval={0} angle={-30} textAnchor="end" height={56} />
      <YAxis allowDecimals={false} width={40} />
      <Tooltip />
      <Legend />
      {ANSWERS.map((a) => (
        <Bar
          key={a.key}
          dataKey={a.key}
          name={legendName(a)}
          fill={a.fill}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={a.key}
            position="top"
            formatter={(v: unknown) => (typeof v === 'number' && v > 0 ? `${a.letter}${v}` : '')}
          />
        </Bar>
      ))}
    </BarChart>
  )
})

/** Hands counted per exercise, by moment and answer ("before-yes"). */
type Hands = Readonly<Record<string, Partial<Record<`${Phase}-${Prediction}`, number>>>>

const spreadWords = (s: PredictionSpread) => `${s.yes} yes, ${s.no} no, ${s.unsure} unsure`
const counted = (s: PredictionSpread) => s.yes + s.no + s.unsure > 0

/** "3 of 5 students changed their mind (2 from No to Yes, 1 from Unsure to No)." */
export function changedSentence(t: PredictionTally): string {
  if (t.changed) {
    const { count, of, changes } = t.changed
    if (of === 0) return 'No student has answered both before and after the reveal yet.'
    const list = changes.map((c) => `${c.count} from ${WORD[c.from]} to ${WORD[c.to]}`).join(', ')
    return `${count} of ${of} ${of === 1 ? 'student' : 'students'} changed their mind${list ? ` (${list})` : ''}.`
  }
  const fewest = fewestChanged(t)
  return fewest === null || fewest === 0
    ? 'A show of hands cannot say who changed their mind, only how the answers moved.'
    : `A show of hands cannot say who changed their mind; with as many hands both times, at least ${fewest} did.`
}

/**
 * "Predictions before and after the reveal": per exercise, how the class answered before the
 * answer was shown and when asked again after it, and who changed their mind. From answer codes
 * each student's two answers are known; from hands only the two spreads, and the sentence says so.
 * As a bar chart that exports like the others, with its numbers as CSV.
 */
export function PredictionResults({
  width: fixedWidth,
  handedIn,
  exercises = BUILTIN_CLASS_LESSON.exercises,
}: {
  width?: number
  /** The lesson's exercises, in order. */
  exercises?: ClassLesson['exercises']
  /** The students' handed-in work, when the class answered by codes (else hands are counted). */
  handedIn?: readonly HandedIn[]
}) {
  const id = useId()
  const wrapper = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(wrapper, 720)
  const width = fixedWidth ?? measured
  const [hands, setHands] = useState<Hands>({})
  const tallies = exercises.map((e): PredictionTally => {
    if (handedIn)
      return tallyAnswers(
        handedIn.flatMap((w) => (Object.hasOwn(w.answers, e.id) ? [w.answers[e.id]!] : [])),
      )
    const h = Object.hasOwn(hands, e.id) ? hands[e.id]! : {}
    return tallyHands(
      { yes: h['before-yes'], no: h['before-no'], unsure: h['before-unsure'] },
      { yes: h['after-yes'], no: h['after-no'], unsure: h['after-unsure'] },
    )
  })
  const data = tallies.flatMap((t, k): PredictionBars[] =>
    PHASES.map((phase) => ({ n: `${k + 1} ${phase}`, ...t[phase] })),
  )
  const csv = () =>
    toCsv(
      PREDICTION_COLUMNS,
      predictionRows(tallies.map((tally, k) => ({ exercise: exercises[k]!.id, tally }))),
    )
  const set = (preset: string, field: `${Phase}-${Prediction}`, text: string) =>
    setHands((h) => ({ ...h, [preset]: { ...h[preset], [field]: handCount(text) } }))
  const title = 'Predictions before and after the reveal'

  return (
    <figure className="prediction-results" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="hint">
          {handedIn
            ? 'From the answer codes: each student’s prediction before the reveal and their answer when asked again after it.'
            : 'Before revealing an exercise, ask for hands on yes, no and unsure; after it, ask the same again. Hands show how the answers moved, not who moved.'}{' '}
          The chart numbers the exercises as the table does.
        </p>
      </figcaption>
      <div className="class-scroll" role="region" aria-label="Counts per exercise" tabIndex={0}>
        <table className="class-table">
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={3}>
                Before the reveal
              </th>
              <th scope="colgroup" colSpan={3}>
                After the reveal
              </th>
              {handedIn && <td />}
            </tr>
            <tr>
              <th scope="col">Exercise</th>
              {PHASES.flatMap((phase) =>
                ANSWERS.map((a) => (
                  <th key={`${phase}-${a.key}`} scope="col">
                    {a.word}
                  </th>
                )),
              )}
              {handedIn && <th scope="col">Changed their mind</th>}
            </tr>
          </thead>
          <tbody>
            {exercises.map((e, k) => (
              <tr key={e.id}>
                <th scope="row">
                  {k + 1}. {exercises[k]!.name}
                </th>
                {PHASES.flatMap((phase) =>
                  ANSWERS.map((a) => (
                    <td key={`${phase}-${a.key}`}>
                      {handedIn ? (
                        tallies[k]![phase][a.key]
                      ) : (
                        <input
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={LIMITS.classSize}
                          placeholder="0"
                          aria-label={`${exercises[k]!.name}: ${a.key} ${phase} the reveal`}
                          value={hands[e.id]?.[`${phase}-${a.key}`] ?? ''}
                          onChange={(ev) => set(e.id, `${phase}-${a.key}`, ev.target.value)}
                        />
                      )}
                    </td>
                  )),
                )}
                {handedIn && (
                  <td>
                    {tallies[k]!.changed!.of === 0
                      ? '—'
                      : `${tallies[k]!.changed!.count} of ${tallies[k]!.changed!.of}`}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons
        target={wrapper}
        selector=".recharts-wrapper > svg.recharts-surface"
        chart="class-predictions"
        title={title}
        legend={EXPORT_LEGEND}
        render={(w) => <PredictionPlot data={data} width={w} height={300} />}
        csv={csv}
      />
      <div ref={wrapper} className="chart-wrapper">
        <PredictionPlot data={data} width={width} height={300} />
      </div>
      {tallies.some((t) => counted(t.before) || counted(t.after)) ? (
        <ul className="chart-text" aria-label="The chart in words">
          {tallies.map((t, k) =>
            counted(t.before) || counted(t.after) ? (
              <li key={exercises[k]!.id}>
                {k + 1}. {exercises[k]!.name}: before the reveal {spreadWords(t.before)}; after it{' '}
                {counted(t.after)
                  ? `${spreadWords(t.after)}. ${changedSentence(t)}`
                  : `${handedIn ? 'no answers yet' : 'not counted yet'}.`}
              </li>
            ) : null,
          )}
        </ul>
      ) : (
        <p className="chart-text">No predictions counted yet.</p>
      )}
    </figure>
  )
}
