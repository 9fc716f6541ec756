import { EXERCISES } from '@/data/exercises'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClassResults } from '@/features/class-results/class-results'
import { PredictionResults } from '@/features/class-results/prediction-results'
import { parseCsv } from '@/lib/csv'
import type { Prediction } from '@/model/vocabulary'
import { writeAnswerCode } from '@/share/answer-code'
import { catchDownloads } from '../../downloads'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

const RUSSIA = 'Russia stays communist'
const count = (name: string) => screen.getByRole('spinbutton', { name: `${RUSSIA}: ${name}` })
const figure = () => screen.getByRole('figure', { name: 'Predictions before and after the reveal' })
const barLabels = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)
const csvRows = async (k: number) => parseCsv(await downloads[k]!.blob.text())

describe('predictions before and after the reveal, by hands', () => {
  it('charts both spreads, labels each bar with its answer, and says it in words', async () => {
    const user = userEvent.setup()
    const { container } = render(<PredictionResults width={700} />)
    expect(screen.getByText('No predictions counted yet.')).toBeInTheDocument()
    await user.type(count('yes before the reveal'), '12')
    await user.type(count('no before the reveal'), '7')
    expect(
      screen.getByText(
        '1. Russia stays communist: before the reveal 12 yes, 7 no, 0 unsure; after it not counted yet.',
      ),
    ).toBeInTheDocument()
    await user.type(count('yes after the reveal'), '15')
    await user.type(count('no after the reveal'), '4')
    // Hands cannot tell who changed: no such count is asked for, and the sentence says why, with
    // the fewest who must have moved when as many hands went up both times.
    expect(screen.queryByRole('spinbutton', { name: /changed their mind/ })).not.toBeInTheDocument()
    expect(
      screen.getByText(
        '1. Russia stays communist: before the reveal 12 yes, 7 no, 0 unsure; after it 15 yes, 4 no, 0 unsure. A show of hands cannot say who changed their mind; with as many hands both times, at least 3 did.',
      ),
    ).toBeInTheDocument()
    // The bars carry their answer's letter and count, and the axis says before or after: colour
    // is not the only key.
    expect(barLabels(container)).toEqual(expect.arrayContaining(['Y12', 'N7', 'Y15', 'N4']))
    const ticks = [
      ...container.querySelectorAll(
        'text.recharts-cartesian-axis-tick-value[orientation="bottom"]',
      ),
    ]
    expect(ticks.slice(0, 2).map((t) => t.textContent)).toEqual(['1 before', '1 after'])
    // A different number of hands after: no bound can be given.
    await user.type(count('unsure after the reveal'), '2')
    expect(within(figure()).getByRole('list', { name: 'The chart in words' })).toHaveTextContent(
      'after it 15 yes, 4 no, 2 unsure. A show of hands cannot say who changed their mind, only how the answers moved.',
    )

    for (const name of ['Download chart (PNG)', 'Download chart (SVG)'])
      expect(within(figure()).getByRole('button', { name })).toBeEnabled()
    await user.click(within(figure()).getByRole('button', { name: 'Download chart data (CSV)' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_class-predictions_history.csv')
    const [header, ...rows] = await csvRows(0)
    expect(header).toEqual([
      'exercise',
      'answer',
      'before_reveal',
      'after_reveal',
      'changed_mind',
      'answered_both',
    ])
    // Who changed is not known from hands: those cells are empty, not 0.
    expect(rows.filter((r) => r[0] === 'russia-stays-communist')).toEqual([
      ['russia-stays-communist', 'yes', '12', '15', '', ''],
      ['russia-stays-communist', 'no', '7', '4', '', ''],
      ['russia-stays-communist', 'unsure', '0', '2', '', ''],
    ])
    // One row per exercise and answer.
    expect(rows).toHaveLength(EXERCISES.length * 3)
  })
})

/** A student's answer code with answers to the first two exercises: before, and after. */
const codeOf = (nickname: string, ...answers: [Prediction, Prediction?][]) => {
  const presets = ['russia-stays-communist', 'no-sino-soviet-split']
  const r = writeAnswerCode({
    nickname,
    codes: {},
    answers: Object.fromEntries(
      answers.map(([prediction, after], k) => [
        presets[k]!,
        after ? { prediction, revealed: true, after } : { prediction },
      ]),
    ),
  })
  if (!r.ok) throw new Error(r.problem)
  return r.code
}

describe('predictions before and after the reveal, from answer codes', () => {
  it('counts who changed their mind and from what to what', async () => {
    const user = userEvent.setup()
    const { container } = render(<ClassResults chartWidth={700} />)
    await user.click(screen.getByRole('radio', { name: 'Answer codes' }))
    await user.click(screen.getByRole('textbox', { name: /Paste the answer codes/ }))
    await user.paste(
      [
        codeOf('An', ['no', 'yes'], ['yes', 'yes']),
        codeOf('Bình', ['no', 'yes'], ['no', 'no']),
        codeOf('Chi', ['yes', 'yes']), // did not change
        codeOf('Dung', ['unsure', 'no']),
        codeOf('Em', ['yes']), // predicted, never answered again
      ].join('\n'),
    )
    expect(screen.getByText(/5 students’ work read/)).toBeInTheDocument()
    const words = within(figure()).getByRole('list', { name: 'The chart in words' })
    const items = within(words)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual([
      '1. Russia stays communist: before the reveal 2 yes, 2 no, 1 unsure; after it 3 yes, 1 no, 0 unsure. 3 of 4 students changed their mind (2 from No to Yes, 1 from Unsure to No).',
      '2. No Sino-Soviet split: before the reveal 1 yes, 1 no, 0 unsure; after it 1 yes, 1 no, 0 unsure. 0 of 2 students changed their mind.',
    ])
    // The table says it too, a row per exercise.
    const table = within(figure()).getByRole('table')
    const russia = within(table)
      .getByRole('rowheader', { name: `1. ${RUSSIA}` })
      .closest('tr')!
    expect(
      within(russia)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '2', '1', '3', '1', '0', '3 of 4'])
    expect(barLabels(container)).toEqual(expect.arrayContaining(['Y2', 'N2', '?1', 'Y3', 'N1']))

    await user.click(within(figure()).getByRole('button', { name: 'Download chart data (CSV)' }))
    const [, ...rows] = await csvRows(0)
    expect(rows.filter((r) => r[0] !== 'russia-stays-communist' && r[2] !== '0')).toEqual([
      ['no-sino-soviet-split', 'yes', '1', '1', '0', '2'],
      ['no-sino-soviet-split', 'no', '1', '1', '0', '2'],
    ])
    expect(rows.filter((r) => r[0] === 'russia-stays-communist')).toEqual([
      ['russia-stays-communist', 'yes', '2', '3', '3', '4'],
      ['russia-stays-communist', 'no', '2', '1', '3', '4'],
      ['russia-stays-communist', 'unsure', '1', '0', '3', '4'],
    ])
  })
})
