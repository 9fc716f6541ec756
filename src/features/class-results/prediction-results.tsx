import { ChartLegend } from '@/ui/chart-legend'
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
import { translator, type Translate } from '@/i18n/catalogue'
import { useT } from '@/i18n/react'
import { predictionResultsWords } from './prediction-results.en'

type Words = Translate<typeof predictionResultsWords>

/** One bar group of the chart: an exercise before the reveal, or after it. */
export interface PredictionBars extends PredictionSpread {
  /** The exercise's number and the moment, as the chart's axis shows them: "1 before". */
  readonly n: string
}

/** Each answer's colour; its word, and a letter on its bars so colour is not the only key. */
const ANSWERS = [
  { key: 'yes', fill: 'var(--baseline)' },
  { key: 'no', fill: 'var(--scenario-line)' },
  { key: 'unsure', fill: 'var(--muted)' },
] as const
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
  const t = useT(predictionResultsWords)
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
      <Legend content={ChartLegend} />
      {ANSWERS.map((a) => (
        <Bar
          key={a.key}
          dataKey={a.key}
          name={t(`legend.${a.key}`)}
          fill={a.fill}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={a.key}
            position="top"
            formatter={(v: unknown) =>
              typeof v === 'number' && v > 0 ? `${t(`letter.${a.key}`)}${v}` : ''
            }
          />
        </Bar>
      ))}
    </BarChart>
  )
})

/** Hands counted per exercise, by moment and answer ("before-yes"). */
type Hands = Readonly<Record<string, Partial<Record<`${Phase}-${Prediction}`, number>>>>

const spreadWords = (s: PredictionSpread, t: Words) =>
  t('spread', { yes: String(s.yes), no: String(s.no), unsure: String(s.unsure) })
const counted = (s: PredictionSpread) => s.yes + s.no + s.unsure > 0

/**
 * "3 of 5 students changed their mind (2 from No to Yes, 1 from Unsure to No).", in the language
 * of `w` (the one in use by default).
 */
export function changedSentence(
  t: PredictionTally,
  w: Words = translator(predictionResultsWords),
): string {
  if (t.changed) {
    const { count, of, changes } = t.changed
    if (of === 0) return w('changed.nobody-both')
    const list = changes
      .map((c) =>
        w('change', {
          count: String(c.count),
          from: w(`answer.${c.from}`),
          to: w(`answer.${c.to}`),
        }),
      )
      .join(w('separator'))
    return list
      ? w('changed.list', { count: String(count), of, list })
      : w('changed', { count: String(count), of })
  }
  const fewest = fewestChanged(t)
  return fewest === null || fewest === 0
    ? w('hands.unknown')
    : w('hands.fewest', { n: String(fewest) })
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
  const t = useT(predictionResultsWords)
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
  const data = tallies.flatMap((tally, k): PredictionBars[] =>
    PHASES.map((phase) => ({ n: t(`axis.${phase}`, { n: k + 1 }), ...tally[phase] })),
  )
  const csv = () =>
    toCsv(
      PREDICTION_COLUMNS,
      predictionRows(tallies.map((tally, k) => ({ exercise: exercises[k]!.id, tally }))),
    )
  const set = (preset: string, field: `${Phase}-${Prediction}`, text: string) =>
    setHands((h) => ({ ...h, [preset]: { ...h[preset], [field]: handCount(text) } }))
  const title = t('title')
  const exportLegend = ANSWERS.map((a) => ({ label: t(`legend.${a.key}`), stroke: a.fill }))

  return (
    <figure className="prediction-results" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="hint">{handedIn ? t('hint.codes') : t('hint.hands')}</p>
      </figcaption>
      <div className="class-scroll" role="region" aria-label={t('region')} tabIndex={0}>
        <table className="class-table">
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={3}>
                {t('before')}
              </th>
              <th scope="colgroup" colSpan={3}>
                {t('after')}
              </th>
              {handedIn && <td />}
            </tr>
            <tr>
              <th scope="col">{t('exercise')}</th>
              {PHASES.flatMap((phase) =>
                ANSWERS.map((a) => (
                  <th key={`${phase}-${a.key}`} scope="col">
                    {t(`answer.${a.key}`)}
                  </th>
                )),
              )}
              {handedIn && <th scope="col">{t('changed.column')}</th>}
            </tr>
          </thead>
          <tbody>
            {exercises.map((e, k) => (
              <tr key={e.id}>
                <th scope="row">{t('exercise.row', { n: k + 1, name: e.name })}</th>
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
                          aria-label={t(`input.${phase}.${a.key}`, { name: e.name })}
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
                      : t('count-of', {
                          count: String(tallies[k]!.changed!.count),
                          of: String(tallies[k]!.changed!.of),
                        })}
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
        legend={exportLegend}
        render={(w) => <PredictionPlot data={data} width={w} height={300} />}
        csv={csv}
      />
      <div ref={wrapper} className="chart-wrapper">
        <PredictionPlot data={data} width={width} height={300} />
      </div>
      {tallies.some((t) => counted(t.before) || counted(t.after)) ? (
        <ul className="chart-text" aria-label={t('in-words')}>
          {tallies.map((tally, k) => {
            if (!counted(tally.before) && !counted(tally.after)) return null
            const words = {
              n: k + 1,
              name: exercises[k]!.name,
              before: spreadWords(tally.before, t),
            }
            return (
              <li key={exercises[k]!.id}>
                {counted(tally.after)
                  ? t('words.after', {
                      ...words,
                      after: spreadWords(tally.after, t),
                      changed: changedSentence(tally, t),
                    })
                  : t(handedIn ? 'words.no-answers' : 'words.not-counted', words)}
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="chart-text">{t('none')}</p>
      )}
    </figure>
  )
}
