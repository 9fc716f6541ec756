import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { parseCsv } from '@/lib/csv'
import { ROW_COLUMNS } from '@/model/rows'
import { useExplorerStore } from '@/store/explorer-store'
import { catchDownloads } from '../../downloads'
import { tableRow } from '../../table-helpers'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

describe('the dyad-year table', () => {
  it('downloads the rows its filters leave in view, as the CSV the toolbar writes', async () => {
    const user = userEvent.setup()
    render(<DyadYearTable />)
    await user.click(screen.getByRole('button', { name: 'Download all 858 rows (CSV)' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_data_history.csv')
    expect(parseCsv(await downloads[0]!.blob.text())).toHaveLength(1 + 858)

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pair' }), 'VNM-RUS')
    await user.click(await screen.findByRole('button', { name: 'Download these 78 rows (CSV)' }))
    expect(downloads[1]!.name).toBe('alliance-explorer_data_history_in-view.csv')
    const [header, ...rows] = parseCsv(await downloads[1]!.blob.text())
    expect(header).toEqual([...ROW_COLUMNS])
    expect(rows).toHaveLength(78)
    expect(rows.every((r) => r[0] === 'VNM-RUS')).toBe(true)
    expect(useExplorerStore.getState().view.table.dyad).toBe('VNM-RUS')
  })

  it('names the pair in each row as it was named that year', async () => {
    const user = userEvent.setup()
    render(<DyadYearTable />)
    const soviet = await tableRow(user, 'CHN-RUS', 1975)
    expect(within(soviet).getByRole('rowheader')).toHaveTextContent(/^China–Soviet Union$/)
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await user.clear(search)
    await user.type(search, '1995')
    const rows = within(screen.getByRole('table', { name: /every dyad-year/i })).getAllByRole('row')
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent(/^China–Russia$/)
  })

  it('shows the pair, the year, the prediction and its outcome first; other series on request', async () => {
    const user = userEvent.setup()
    render(<DyadYearTable />)
    const table = screen.getByRole('table', { name: /every dyad-year/i })
    const headers = () =>
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    expect(headers().slice(0, 4)).toEqual([
      expect.stringMatching(/^Pair/),
      expect.stringMatching(/^Year/),
      expect.stringMatching(/^Predicted/),
      expect.stringMatching(/^Outcome/),
    ])
    expect(headers().some((h) => /^COW type/.test(h ?? ''))).toBe(false)
    await user.click(screen.getByRole('checkbox', { name: 'COW type' }))
    expect(headers().some((h) => /^COW type/.test(h ?? ''))).toBe(true)
  })

  it('keeps its rows in a scroll box of their own, under the column headers', () => {
    render(<DyadYearTable />)
    const box = screen.getByRole('region', { name: 'Table rows' })
    const table = within(box).getByRole('table', { name: /every dyad-year/i })
    // The header row is the table's head, which the stylesheet holds at the top of the box.
    const [head, body] = within(table).getAllByRole('rowgroup')
    expect(within(head!).getAllByRole('columnheader')[0]).toHaveTextContent(/^Pair/)
    expect(within(body!).getAllByRole('row').length).toBeGreaterThan(10)
    // The filters sit above the box, not inside it, so scrolling the rows never hides them.
    expect(within(box).queryByRole('search')).toBeNull()
    expect(screen.getByRole('search', { name: 'Filter the table' })).toBeInTheDocument()
    // A keyboard user can reach the box to scroll it.
    expect(box).toHaveAttribute('tabindex', '0')
  })

  it('shows and hides columns from the Columns picker, which Escape closes', async () => {
    const user = userEvent.setup()
    render(<DyadYearTable />)
    const table = screen.getByRole('table', { name: /every dyad-year/i })
    const summary = screen.getByText('Columns', { selector: 'summary' })
    const picker = summary.closest('details')!
    await user.click(summary)
    expect(picker.open).toBe(true)
    const outcome = screen.getByRole('checkbox', { name: 'Outcome' })
    expect(outcome).toBeChecked()
    await user.click(outcome)
    expect(within(table).queryByRole('columnheader', { name: /^Outcome/ })).toBeNull()
    await user.keyboard('{Escape}')
    expect(picker.open).toBe(false)
    expect(summary).toHaveFocus()
  })

  it('finds rows by the words of the search in any order, as its example suggests', async () => {
    const user = userEvent.setup()
    render(<DyadYearTable />)
    const search = screen.getByRole('searchbox', { name: 'Search' })
    expect(search).toHaveAttribute('placeholder', 'e.g. Vietnam 1992')
    await user.type(search, 'Vietnam 1992')
    const table = screen.getByRole('table', { name: /every dyad-year/i })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row).toHaveTextContent(/Vietnam/)
      expect(row).toHaveTextContent(/1992/)
    }
  })

  it('offers each pair in the filter under a name for all its years', () => {
    render(<DyadYearTable />)
    const pair = screen.getByRole('combobox', { name: 'Pair' })
    expect(within(pair).getByRole('option', { name: 'Vietnam–USSR / Russia' })).toHaveValue(
      'VNM-RUS',
    )
  })
})
