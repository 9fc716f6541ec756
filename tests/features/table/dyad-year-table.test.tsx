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

  it('offers each pair in the filter under a name for all its years', () => {
    render(<DyadYearTable />)
    const pair = screen.getByRole('combobox', { name: 'Pair' })
    expect(within(pair).getByRole('option', { name: 'Vietnam–USSR / Russia' })).toHaveValue(
      'VNM-RUS',
    )
  })
})
