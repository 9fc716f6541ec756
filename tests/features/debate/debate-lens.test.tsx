import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DebateLens } from '@/features/debate/debate-lens'
import { useExplorerStore } from '@/store/explorer-store'

describe('the debate lens', () => {
  it("switches between Vu's coding and Lan's reading in one click, with the summary", async () => {
    const user = userEvent.setup()
    render(<DebateLens />)
    const vu = screen.getByRole('button', { name: "Vu's coding" })
    const lan = screen.getByRole('button', { name: "Lan's reading" })
    expect(vu).toHaveAttribute('aria-pressed', 'true')
    const table = screen.getByRole('table', { name: /Alliances each country keeps/ })
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!
    expect(row('China')).toHaveTextContent(
      '3: Soviet Union (1950–1969); North Korea (1950–2026); North Vietnam (1954–1975)',
    )
    expect(row('Vietnam')).toHaveTextContent('4: China (1954–1975); Soviet Union (1954–1991);')
    expect(row('Similar policies?')).toHaveTextContent('The claim holds')

    await user.click(lan)
    expect(lan).toHaveAttribute('aria-pressed', 'true')
    expect(useExplorerStore.getState().settings.history).toBe('treaty_defense')
    expect(row('Vietnam')).toHaveTextContent('1: Cambodia (1979–1991)')
    // One undo takes the switch back, like any other setting.
    useExplorerStore.getState().undo()
    expect(useExplorerStore.getState().settings.history).toBe('essay')
  })

  it('lists the codings the readings dispute', async () => {
    render(<DebateLens />)
    await userEvent.setup().click(screen.getByText(/Codings the two readings dispute/))
    expect(
      screen.getByText(
        /Vietnam–Laos, 1977–2026 \(Lan: not allied\): Vietnamese officials have called it a defence treaty/,
      ),
    ).toBeInTheDocument()
  })
})
