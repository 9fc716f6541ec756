import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CodingPanel } from '@/features/coding/coding-panel'
import { DebateLens } from '@/features/debate/debate-lens'
import { CODING_ITEMS } from '@/data/coding-items'
import { useExplorerStore } from '@/store/explorer-store'

const card = (title: RegExp) => screen.getByRole('article', { name: title })
const table = () => screen.getByRole('table', { name: /Alliances each country keeps/ })
/** The cell of a row under "My reading", the last column. */
const mine = (row: string) =>
  within(within(table()).getByRole('rowheader', { name: row }).closest('tr')!)
    .getAllByRole('cell')
    .at(-1)!

describe('coding the disputed cases', () => {
  it('shows the evidence, takes the answers and a reason, then shows what others decided', async () => {
    const user = userEvent.setup()
    render(<CodingPanel />)
    expect(screen.getAllByRole('article')).toHaveLength(CODING_ITEMS.length)
    expect(screen.getByRole('status')).toHaveTextContent('0 of 8 cases coded.')
    const laos = card(/Vietnam–Laos 1977: Article 2/)
    expect(within(laos).getByText(/^open$/)).toBeInTheDocument()
    // The clause and where it is published, before any answer.
    expect(within(laos).getByRole('figure')).toHaveTextContent(/Article 2\. Paraphrase/)

    const defence = within(laos).getByRole('group', {
      name: 'Does the text oblige either side to defend the other?',
    })
    await user.click(within(defence).getByRole('radio', { name: 'No' }))
    // A defence answer alone does not decide the case.
    expect(screen.getByRole('status')).toHaveTextContent('0 of 8 cases coded.')
    const alliance = within(laos).getByRole('group', { name: 'Count it as an alliance?' })
    await user.click(within(alliance).getByRole('radio', { name: 'No' }))
    await user.type(within(laos).getByRole('textbox', { name: 'Your reason' }), 'No duty to fight')
    expect(screen.getByRole('status')).toHaveTextContent('1 of 8 cases coded.')
    expect(within(laos).getByText('✓ coded')).toBeInTheDocument()
    expect(useExplorerStore.getState().codes['vnm-lao-1977']).toEqual({
      defence: 'no',
      alliance: 'no',
      reason: 'No duty to fight',
    })

    // "Unsure" leaves it open again.
    await user.click(within(alliance).getByRole('radio', { name: 'Unsure' }))
    expect(screen.getByRole('status')).toHaveTextContent('0 of 8 cases coded.')

    const decided = within(laos).getByText('What Vu, Lan, COW and ATOP decided')
    await user.click(decided)
    expect(within(laos).getByText(/^Vu: defence obligation: no; alliance: yes\.$/)).toBeVisible()
    expect(within(laos).getByText(/^COW: alliance: no\.$/)).toBeVisible()
  })

  it('offers the Sino-Soviet end years as choices', async () => {
    const user = userEvent.setup()
    render(<CodingPanel />)
    const split = card(/China–Soviet Union: when did the alliance end\?/)
    const years = within(split).getByRole('group', {
      name: 'In which year did the alliance last hold?',
    })
    expect(
      within(years)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
    ).toEqual(['1960', '1969', '1980'])
    await user.click(within(years).getByRole('radio', { name: '1980' }))
    expect(useExplorerStore.getState().codes['chn-rus-end']).toEqual({ end: 1980 })
  })
})

describe('My reading', () => {
  it('follows the codes: a case coded in the panel moves the verdict table, with the reason', async () => {
    const user = userEvent.setup()
    render(
      <>
        <DebateLens />
        <CodingPanel />
      </>,
    )
    // Nothing coded: My reading is Vu's coding, and every case is open.
    expect(mine('Vietnam')).toHaveTextContent(/^4 allies/)
    expect(screen.getByText(/Still open in My reading \(8\)/)).toBeInTheDocument()

    const laos = card(/Vietnam–Laos 1977: Article 2/)
    const alliance = within(laos).getByRole('group', { name: 'Count it as an alliance?' })
    await user.click(within(alliance).getByRole('radio', { name: 'No' }))
    expect(mine('Vietnam')).toHaveTextContent(/^3 allies/)
    expect(mine('Vietnam')).not.toHaveTextContent('Laos')
    expect(screen.getByText(/Still open in My reading \(7\)/)).toBeInTheDocument()

    const prk = card(/China–North Korea 1950–60/)
    await user.click(
      within(within(prk).getByRole('group', { name: 'Count it as an alliance?' })).getByRole(
        'radio',
        { name: 'No' },
      ),
    )
    await user.type(within(prk).getByRole('textbox', { name: 'Your reason' }), 'no treaty yet')
    expect(mine('China')).toHaveTextContent('North Korea (1961–2026)')
    expect(mine('China')).toHaveTextContent('Your reason: no treaty yet')
  })

  it("gives Lan's verdict to a student who codes like Lan, and Vu's to one who codes like Vu", () => {
    const like = (who: 'vu' | 'lan') =>
      Object.fromEntries(CODING_ITEMS.map((i) => [i.id, i.decided[who].code ?? {}]))
    const verdict = (column: number) =>
      within(within(table()).getByRole('rowheader', { name: 'Similar policies?' }).closest('tr')!)
        .getAllByRole('cell')
        .at(column)!.textContent

    act(() => useExplorerStore.getState().replaceCodes(like('lan')))
    const { unmount } = render(<DebateLens />)
    expect(verdict(-1)).toBe(verdict(1))
    expect(verdict(-1)).toMatch(/^The claim is weaker/)
    // Lan takes no position on a shared threat, so that case alone stays open.
    expect(screen.getByText(/Still open in My reading \(1\)/)).toHaveTextContent(
      /Vietnam–Russia 1992–94: a shared threat\?/,
    )
    unmount()

    act(() => useExplorerStore.getState().replaceCodes(like('vu')))
    render(<DebateLens />)
    expect(verdict(-1)).toBe(verdict(0))
    expect(verdict(-1)).toMatch(/^The claim holds/)
    expect(screen.getByText('My reading uses your code for every case.')).toBeInTheDocument()
  })
})
