import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { tableRow } from '../../table-helpers'

describe('the dyad-year table', () => {
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
