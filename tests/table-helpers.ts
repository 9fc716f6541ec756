import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/** Filters the dyad-year table to one pair and year, as a user would, and returns that row. */
export async function tableRow(user: UserEvent, pair: string, year: number): Promise<HTMLElement> {
  const panel = screen.getByRole('region', { name: 'Every dyad-year' })
  await user.selectOptions(within(panel).getByRole('combobox', { name: 'Pair' }), pair)
  await user.type(within(panel).getByRole('searchbox', { name: 'Search' }), String(year))
  return within(screen.getByRole('table', { name: /every dyad-year/i })).getAllByRole('row')[1]!
}
