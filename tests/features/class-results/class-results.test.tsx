import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClassResults } from '@/features/class-results/class-results'
import { parseCsv } from '@/lib/csv'
import { catchDownloads } from '../../downloads'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

const row = (caseTitle: string) =>
  within(screen.getByRole('table', { name: /How the class answered each case/ }))
    .getByRole('rowheader', { name: caseTitle })
    .closest('tr')!
const hands = (caseTitle: string, question: string) =>
  within(row(caseTitle)).getByRole('group', { name: `${caseTitle}: ${question}` })

describe('class results from a show of hands', () => {
  it('shows the spread, the agreement and the class reading, and judges that reading', async () => {
    const user = userEvent.setup()
    render(<ClassResults />)
    expect(screen.getByText(/not defined yet/)).toBeInTheDocument()
    const laos = 'Vietnam–Laos 1977: Article 2'
    await user.type(within(hands(laos, 'Alliance?')).getByRole('spinbutton', { name: 'Yes' }), '2')
    await user.type(within(hands(laos, 'Alliance?')).getByRole('spinbutton', { name: 'No' }), '8')
    await user.type(
      within(hands(laos, 'Alliance?')).getByRole('spinbutton', { name: 'Unsure' }),
      '3',
    )
    const cells = within(row(laos)).getAllByRole('cell')
    // 10 coded answers: 45 pairs, of which 1 + 28 agree.
    expect(cells[1]).toHaveTextContent('64%')
    expect(cells[2]).toHaveTextContent('No')
    expect(screen.getByRole('table', { name: /How the class answered/ })).toHaveAccessibleName(
      /13 answers in all/,
    )
    expect(screen.getByText(/over all cases/).closest('p')).toHaveTextContent(
      /alpha over all cases: 0\.00/,
    )

    const split = 'China–Soviet Union: when did the alliance end?'
    await user.type(
      within(hands(split, 'Last allied year?')).getByRole('spinbutton', { name: '1980' }),
      '9',
    )
    expect(within(row(split)).getAllByRole('cell')[2]).toHaveTextContent('1980')

    // The class reading drops Laos, as Lan does, so Vietnam keeps three allies, not four.
    const lenses = screen.getByRole('table', { name: /The class reading beside/ })
    const vietnam = within(
      within(lenses).getByRole('rowheader', { name: 'Vietnam' }).closest('tr')!,
    ).getAllByRole('cell')
    expect(vietnam[0]).toHaveTextContent(/^4 allies/)
    expect(vietnam[2]).toHaveTextContent(/^3 allies/)
    expect(vietnam[2]).not.toHaveTextContent('Laos')

    // The same figures as a CSV: each case's answers with their counts, agreement and majority.
    await user.click(screen.getByRole('button', { name: 'Download class results (CSV)' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_class-results.csv')
    const [header, ...rows] = parseCsv(await downloads[0]!.blob.text())
    expect(header).toEqual(['case', 'question', 'answer', 'count', 'agreement', 'class_reading'])
    expect(rows.filter((r) => r[0] === 'vnm-lao-1977')).toEqual([
      ['vnm-lao-1977', 'alliance', 'yes', '2', '0.6444', 'no'],
      ['vnm-lao-1977', 'alliance', 'no', '8', '0.6444', 'no'],
      ['vnm-lao-1977', 'alliance', 'unsure', '3', '0.6444', 'no'],
    ])
  })

  it('charts the spread of answers on every case, in words too, and exports it', async () => {
    const user = userEvent.setup()
    render(<ClassResults chartWidth={700} />)
    const laos = 'Vietnam–Laos 1977: Article 2'
    for (const [answer, n] of [
      ['Yes', '2'],
      ['No', '8'],
      ['Unsure', '3'],
    ] as const)
      await user.type(within(hands(laos, 'Alliance?')).getByRole('spinbutton', { name: answer }), n)
    const split = 'China–Soviet Union: when did the alliance end?'
    await user.type(
      within(hands(split, 'Last allied year?')).getByRole('spinbutton', { name: '1969' }),
      '4',
    )
    const chart = screen.getByRole('figure', { name: 'The spread of answers per case' })
    // Each bar is named on the axis by case and answer, and labelled with its count.
    const axis = [
      ...chart.querySelectorAll('text.recharts-cartesian-axis-tick-value[orientation="left"]'),
    ].map((t) => t.textContent)
    expect(axis.slice(0, 3)).toEqual(['Case 1: Yes', 'Case 1: No', 'Case 1: Unsure'])
    expect(axis).toEqual(expect.arrayContaining(['Case 6: 1960', 'Case 6: 1969', 'Case 6: 1980']))
    const labels = [...chart.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    )
    expect(labels.slice(0, 3)).toEqual(['2', '8', '3'])
    const words = within(chart)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(words[0]).toBe('Case 1 (Vietnam–Laos 1977: Article 2): Yes: 2, No: 8, Unsure: 3.')
    expect(words[5]).toBe(
      'Case 6 (China–Soviet Union: when did the alliance end?): 1960: 0, 1969: 4, 1980: 0.',
    )

    for (const name of ['Download chart (PNG)', 'Download chart (SVG)'])
      expect(within(chart).getByRole('button', { name })).toBeEnabled()
    await user.click(within(chart).getByRole('button', { name: 'Download chart data (CSV)' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_class-cases_history.csv')
    const [header, ...rows] = parseCsv(await downloads[0]!.blob.text())
    expect(header).toEqual(['case', 'question', 'answer', 'count', 'agreement', 'class_reading'])
    expect(rows.filter((r) => r[0] === 'vnm-lao-1977' || r[0] === 'chn-rus-end')).toEqual([
      ['vnm-lao-1977', 'alliance', 'yes', '2', '0.6444', 'no'],
      ['vnm-lao-1977', 'alliance', 'no', '8', '0.6444', 'no'],
      ['vnm-lao-1977', 'alliance', 'unsure', '3', '0.6444', 'no'],
      ['chn-rus-end', 'end', '1960', '0', '1', '1969'],
      ['chn-rus-end', 'end', '1969', '4', '1', '1969'],
      ['chn-rus-end', 'end', '1980', '0', '1', '1969'],
    ])
  })

  it('keeps a typed count within the class size', async () => {
    const user = userEvent.setup()
    render(<ClassResults />)
    const yes = within(hands('Vietnam–Laos 1977: Article 2', 'Alliance?')).getByRole('spinbutton', {
      name: 'Yes',
    })
    await user.type(yes, '99999')
    expect(yes).toHaveValue(1000)
  })
})
