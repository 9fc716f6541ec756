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
    expect(within(list).getByText(/Cuba \(your case\): a state \(CUB\)/)).toBeInTheDocument()
    expect(within(list).getByText('Vietnam–Cuba (your case): a pair (VNM-CUB)')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Added from the pasted text: Cuba, VNM-CUB.',
    )
    expect(useExplorerStore.getState().base.dyadIndex.has('VNM-CUB')).toBe(true)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove Vietnam–Cuba (your case)' }))
    expect(screen.queryByText(/a pair \(VNM-CUB\)/)).not.toBeInTheDocument()
    expect(useExplorerStore.getState().base.dyadIndex.has('VNM-CUB')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Remove Cuba (your case)' }))
    expect(screen.getByText('You have not added any case of your own.')).toBeInTheDocument()
    expect(useExplorerStore.getState().base).toBe(COMPILED)
  })

  it('opens a JSON case file', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    const file = new File([JSON_TEXT], 'cuba.json', { type: 'application/json' })
    await user.upload(screen.getByLabelText('Case file to open'), file)
    expect(
      await screen.findByText('Vietnam–Cuba (your case): a pair (VNM-CUB)'),
    ).toBeInTheDocument()
  })

  it('lists every problem of a bad file as an alert, and changes nothing', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    await paste(user, CSV)
    const before = useExplorerStore.getState()
    const bad = CSV.replace(',yes,high,S69 S68,', ',yes,certain,S69 S68,').replace(
      'pair,VNM-CUB,essay,1949,2026,no,',
      'pair,VNM-CUB,essay,1949,2026,maybe,',
    )
    await paste(user, bad)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('the pasted text was not added, and nothing changed')
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual([
      expect.stringMatching(
        /^Row \d+ \(pair VNM-CUB, essay, 1949–2026\): value must be yes or no$/,
      ),
    ])
    expect(useExplorerStore.getState().userCases).toBe(before.userCases)
    expect(useExplorerStore.getState().base).toBe(before.base)
  })

  it('refuses a case that redefines the built-in history, saying why', async () => {
    const user = userEvent.setup()
    render(<UserCasesPanel />)
    await paste(user, CSV.replaceAll(',CUB,', ',LAO,').replaceAll('VNM-CUB', 'VNM-LAO'))
    expect(screen.getByRole('alert')).toHaveTextContent(
      /LAO is a built-in state, and the built-in history never changes/,
    )
    expect(useExplorerStore.getState().base).toBe(COMPILED)
  })

  it('shows names from a file as text, never as markup', async () => {
    const user = userEvent.setup()
    const { container } = render(<UserCasesPanel />)
    await paste(user, CSV.replace('state,CUB,short,,,Cuba,', 'state,CUB,short,,,<img src=x>,'))
    expect(screen.getByText(/<img src=x> \(your case\): a state/)).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })
})
