import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AboutPanel } from '@/features/about/about-panel'
import { useExplorerStore } from '@/store/explorer-store'

const TOPICS = [
  /party commands the army/i,
  /odd-looking cases are kept/i,
  /independent foreign policy/i,
  /Three Nos/i,
  /united front/i,
  /25-year term/i,
  /1963 Test Ban Treaty/i,
  /motive for the 1961 treaty/i,
  /learned from 1979 and 1988/i,
]

async function openPanel() {
  const user = userEvent.setup()
  render(<AboutPanel />)
  await user.click(screen.getByText('About the theory and data'))
  // The argument is built when the panel first opens.
  await screen.findByRole('heading', { name: "The essay's argument", level: 2 })
  return user
}

describe('AboutPanel: the essay’s argument', () => {
  it('keeps the case buttons out of the page until the panel is opened', async () => {
    render(<AboutPanel />)
    expect(screen.queryByRole('button', { name: /^See / })).not.toBeInTheDocument()
  })

  it('lists the nine points of the argument, each under its own heading', async () => {
    await openPanel()
    const section = screen.getByRole('heading', { name: "The essay's argument", level: 2 })
    expect(section).toBeVisible()
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toHaveLength(TOPICS.length)
    for (const topic of TOPICS) expect(headings.filter((h) => topic.test(h ?? ''))).toHaveLength(1)
  })

  it('explains each point in words and cites its sources', async () => {
    await openPanel()
    const point = screen.getByRole('heading', { name: /25-year term/ }).closest('li')!
    expect(point).toHaveTextContent(/2003/)
    expect(point).toHaveTextContent(/1994/)
    expect(within(point).getByRole('link', { name: 'S19' })).toHaveAttribute(
      'href',
      expect.stringContaining('baike.baidu.com'),
    )
  })

  it('takes the reader to a case: focuses that pair and year and shows a hidden pair', async () => {
    const user = await openPanel()
    useExplorerStore.getState().toggleDyadShown('VNM-LAO')
    useExplorerStore.getState().setYearRange(1990, 2000)
    expect(useExplorerStore.getState().view.hiddenDyads).toContain('VNM-LAO')

    const point = screen.getByRole('heading', { name: /Three Nos/ }).closest('li')!
    await user.click(within(point).getByRole('button', { name: 'See Vietnam–Laos, 2009–2026' }))

    const { view } = useExplorerStore.getState()
    expect(view.focus).toEqual({ dyad: 'VNM-LAO', year: 2009 })
    expect(view.hiddenDyads).not.toContain('VNM-LAO')
    // The case's years are brought into view without narrowing what was shown.
    expect([view.yearFrom, view.yearTo]).toEqual([1990, 2026])
  })

  it('offers one case button per pair a point touches, reachable by keyboard', async () => {
    const user = await openPanel()
    const point = screen.getByRole('heading', { name: /motive for the 1961 treaty/ }).closest('li')!
    const buttons = within(point).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual([
      'See China–North Korea, 1961–1969',
      'See North Korea–Soviet Union, 1961–1969',
    ])
    buttons[1]!.focus()
    await user.keyboard('{Enter}')
    expect(useExplorerStore.getState().view.focus).toEqual({ dyad: 'PRK-RUS', year: 1961 })
  })

  it('states the privacy note a school needs: no account, no tracking, what is kept and how to clear it', async () => {
    await openPanel()
    const heading = screen.getByRole('heading', { name: 'Privacy' })
    const note = heading.nextElementSibling as HTMLElement
    expect(note).toHaveTextContent(/No account, no tracking/)
    expect(note).toHaveTextContent(/Nothing leaves this browser unless you/)
    expect(note).toHaveTextContent(/clear this site's data/)
  })
})
