import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DebateLens } from '@/features/debate/debate-lens'
import { NoticeArea } from '@/features/notices/notice-area'
import { useExplorerStore } from '@/store/explorer-store'

const table = () => screen.getByRole('table', { name: /Alliances each country keeps/ })
const row = (name: string) => within(table()).getByRole('rowheader', { name }).closest('tr')!
const cells = (name: string) => within(row(name)).getAllByRole('cell')

describe('the debate lens', () => {
  it("shows each reading's allies, with their years and reasons, and its verdict", () => {
    render(<DebateLens />)
    const [vuChina, lanChina] = cells('China')
    expect(vuChina).toHaveTextContent(/^3 allies/)
    expect(vuChina).toHaveTextContent('North Korea (1950–2026)')
    expect(lanChina).toHaveTextContent(/^2 allies/)
    const [vuVietnam, lanVietnam] = cells('Vietnam')
    expect(vuVietnam).toHaveTextContent(/^4 allies/)
    // Lan's own criterion: Article 6 of the 1978 Soviet treaty counts, and the note says why.
    expect(lanVietnam).toHaveTextContent(/^1 ally/)
    expect(lanVietnam).toHaveTextContent(/\(1978–1994\).*Article 6/)
    expect(lanVietnam).not.toHaveTextContent('Cambodia')
    const [vuVerdict, lanVerdict] = cells('Similar policies?')
    expect(vuVerdict).toHaveTextContent(/The claim holds for 1949–2026/)
    expect(lanVerdict).toHaveTextContent(
      /The claim is weaker for 1949–2026: .* only China still had an ally in 2026 \(North Korea\)/,
    )
  })

  it('changes the verdict when the years shown leave out the Cold War', () => {
    useExplorerStore.getState().setYearRange(1995, 2026)
    render(<DebateLens />)
    const [vu, lan] = cells('Similar policies?')
    expect(vu).toHaveTextContent(/The claim holds for 1995–2026/)
    expect(lan).toHaveTextContent(/The claim falls apart for 1995–2026: Vietnam had no ally/)
  })

  it('says in the notice area that the app-wide definition changed, and offers the way back', async () => {
    const user = userEvent.setup()
    render(
      <>
        <NoticeArea />
        <DebateLens />
      </>,
    )
    const vu = screen.getByRole('button', { name: "Vu's coding" })
    const lan = screen.getByRole('button', { name: "Lan's reading" })
    expect(vu).toHaveAttribute('aria-pressed', 'true')
    await user.click(lan)
    expect(lan).toHaveAttribute('aria-pressed', 'true')
    expect(useExplorerStore.getState().settings.history).toBe('treaty_defense')
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(/alliance definition changed for the whole app/)
    await user.click(within(notice).getByRole('button', { name: "Back to Vu's coding" }))
    expect(useExplorerStore.getState().settings.history).toBe('essay')
    expect(vu).toHaveAttribute('aria-pressed', 'true')
  })

  it("says Lan's side is reconstructed, and lists where the readings differ with both reasons", async () => {
    render(<DebateLens />)
    expect(screen.getByText(/Lan's side is reconstructed/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: "Lan's rebuttal" })).toHaveAttribute(
      'href',
      expect.stringContaining('thediplomat.com'),
    )
    await userEvent.setup().click(screen.getByText(/Where the two readings differ/))
    const laos = screen.getByText('Vietnam–Laos, 1977–2026').closest('li')!
    expect(laos).toHaveTextContent(/Vu: allied: .*Lan: not allied: Article 2/)
  })
})
