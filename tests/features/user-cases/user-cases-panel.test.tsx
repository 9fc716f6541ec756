import { readFileSync } from 'node:fs'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { NO_USER_CASES } from '@/model/user-cases'
import { UserCasesPanel } from '@/features/user-cases/user-cases-panel'
import { useExplorerStore } from '@/store/explorer-store'

const CSV = readFileSync('public/case-template.csv', 'utf8')
const JSON_TEXT = readFileSync('public/case-template.json', 'utf8')

afterEach(() => {
  useExplorerStore.getState().setUserCases(NO_USER_CASES)
})

const paste = async (user: ReturnType<typeof userEvent.setup>, text: string) => {
  const box = screen.getByLabelText('Or paste a case file (CSV or JSON)')
  await user.clear(box)
  // Typing would read { and [ as keys: paste the text as it is.
  await user.click(box)
  await user.paste(text)
  await user.click(screen.getByRole('button', { name: 'Add the pasted cases' }))
}

describe('Your own cases', () => {
  it('offers the templates to download by relative links', () => {
    render(<UserCasesPanel />)
    expect(screen.getByRole('link', { name: 'template as CSV' })).toHaveAttribute(
      'href',
      './case-template.csv',
    )
    expect(screen.getByRole('link', { name: 'as JSON' })).toHaveAttribute(
      'href',
      './case-template.json',
    )
    expect(screen.getByText('You have not added any case of your own.')).toBeInTheDocument()
  })

  it('adds pasted cases, lists them marked as the user’s, and removes them one by one', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    await paste(user, CSV)
    const list = screen.getByRole('list', { name: 'Your cases' })
    expect(within(list).getByText(/Ethiopia \(your case\): a state \(ETH\)/)).toBeInTheDocument()
    expect(
      within(list).getByText('USSR / Russia–Ethiopia (your case): a pair (RUS-ETH)'),
    ).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Added from the pasted text: Ethiopia, RUS-ETH.',
    )
    expect(useExplorerStore.getState().base.dyadIndex.has('RUS-ETH')).toBe(true)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await user.click(
      screen.getByRole('button', { name: 'Remove USSR / Russia–Ethiopia (your case)' }),
    )
    expect(screen.queryByText(/a pair \(RUS-ETH\)/)).not.toBeInTheDocument()
    expect(useExplorerStore.getState().base.dyadIndex.has('RUS-ETH')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Remove Ethiopia (your case)' }))
    expect(screen.getByText('You have not added any case of your own.')).toBeInTheDocument()
    expect(useExplorerStore.getState().library).toBe(COMPILED)
  })

  it('opens a JSON case file', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    const file = new File([JSON_TEXT], 'ethiopia.json', { type: 'application/json' })
    await user.upload(screen.getByLabelText('Case file to open'), file)
    expect(
      await screen.findByText('USSR / Russia–Ethiopia (your case): a pair (RUS-ETH)'),
    ).toBeInTheDocument()
  })

  it('lists every problem of a bad file as an alert, and changes nothing', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    await paste(user, CSV)
    const before = useExplorerStore.getState()
    const bad = CSV.replace(',yes,medium,ET2 ET3,', ',yes,certain,ET2 ET3,').replace(
      'pair,RUS-ETH,essay,1949,1976,no,',
      'pair,RUS-ETH,essay,1949,1976,maybe,',
    )
    await paste(user, bad)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('the pasted text was not added, and nothing changed')
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual([
      expect.stringMatching(
        /^Row \d+ \(pair RUS-ETH, essay, 1949–1976\): value must be yes or no$/,
      ),
    ])
    expect(useExplorerStore.getState().userCases).toBe(before.userCases)
    expect(useExplorerStore.getState().base).toBe(before.base)
  })

  it('refuses a case that redefines the built-in history, saying why', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    await paste(user, CSV.replaceAll(',ETH,', ',LAO,').replaceAll('RUS-ETH', 'RUS-LAO'))
    expect(screen.getByRole('alert')).toHaveTextContent(
      /LAO is a built-in state, and the built-in history never changes/,
    )
    expect(useExplorerStore.getState().library).toBe(COMPILED)
  })

  it('shows names from a file as text, never as markup', async () => {
    const user = userEvent.setup()
    const { container } = render(<UserCasesPanel />)
    await paste(user, CSV.replace('state,ETH,short,,,Ethiopia,', 'state,ETH,short,,,<img src=x>,'))
    expect(screen.getByText(/<img src=x> \(your case\): a state/)).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })
})
