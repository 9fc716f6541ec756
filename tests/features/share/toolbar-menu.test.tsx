import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SharePanel } from '@/features/share/share-panel'
import { NARROW_QUERY } from '@/features/share/use-narrow'
import { useExplorerStore } from '@/store/explorer-store'

/** A screen `narrow` or not, as window.matchMedia reports it. */
function screenIs(narrow: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query === NARROW_QUERY && narrow,
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.removeAttribute('data-display')
  localStorage.removeItem('alliance-explorer:display')
})

const FOLDED = ['Copy link', 'Save scenario', 'Open scenario', 'Print handout', 'Cite this']

describe('the toolbar on a narrow screen', () => {
  it('keeps Undo and Redo in view and folds the rest into More', async () => {
    screenIs(true)
    const user = userEvent.setup()
    render(<SharePanel />)
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Redo' })).toBeVisible()
    const more = screen.getByRole('button', { name: 'More' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    for (const name of FOLDED) expect(screen.queryByRole('button', { name })).toBeNull()

    await user.click(more)
    expect(more).toHaveAttribute('aria-expanded', 'true')
    for (const name of FOLDED) expect(screen.getByRole('button', { name })).toBeVisible()
    expect(screen.getByRole('combobox', { name: 'Text size' })).toBeVisible()
  })

  it('opens from the keyboard, Tab reaches its items, and Escape closes it back to More', async () => {
    screenIs(true)
    const user = userEvent.setup()
    render(<SharePanel />)
    const more = screen.getByRole('button', { name: 'More' })
    more.focus()
    await user.keyboard('{Enter}')
    expect(more).toHaveAttribute('aria-expanded', 'true')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Save scenario' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(more).toHaveAttribute('aria-expanded', 'false')
    expect(more).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Save scenario' })).toBeNull()
    // Space opens it too, and Escape on More itself closes it.
    await user.keyboard(' ')
    expect(more).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(more).toHaveAttribute('aria-expanded', 'false')
  })

  it('runs a command from the menu and closes, with focus back on More', async () => {
    screenIs(true)
    const user = userEvent.setup()
    render(<SharePanel />)
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.click(screen.getByRole('button', { name: 'Projector mode' }))
    await waitFor(() => expect(document.documentElement.dataset.display).toBe('projector'))
    expect(screen.getByRole('button', { name: 'More' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens the citations from the menu with the keyboard on them, and closes them back to More', async () => {
    screenIs(true)
    const user = userEvent.setup()
    render(<SharePanel />)
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.click(screen.getByRole('button', { name: 'Cite this' }))
    const citations = screen.getByRole('region', { name: 'Citations' })
    expect(citations).toHaveFocus()
    expect(
      await within(citations).findByRole('button', { name: 'Copy the citation of the explorer' }),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'false')
    await user.click(within(citations).getByRole('button', { name: 'Close citations' }))
    expect(screen.queryByRole('region', { name: 'Citations' })).toBeNull()
    expect(screen.getByRole('button', { name: 'More' })).toHaveFocus()
  })

  it('shows the QR code of the link copied from the menu, and Escape gives the focus back', async () => {
    screenIs(true)
    const user = userEvent.setup()
    render(<SharePanel />)
    await user.click(screen.getByRole('button', { name: 'More' }))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    // The menu folds away; Show QR and Embed are beside the link, outside it.
    expect(screen.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'false')
    const show = screen.getByRole('button', { name: 'Show QR' })
    expect(screen.getByRole('button', { name: 'Embed' })).toBeVisible()
    await user.click(show)
    const dialog = await screen.findByRole('dialog', { name: 'Scan to open this view' })
    expect(await within(dialog).findByRole('img')).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }))
    expect(screen.getByRole('dialog')).toBeVisible()
    expect(screen.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(show).toHaveFocus()
  })

  it('Undo stays one tap away while the menu is shut', async () => {
    screenIs(true)
    const user = userEvent.setup()
    useExplorerStore.getState().togglePreset('russia-stays-communist')
    render(<SharePanel />)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(useExplorerStore.getState().scenario.regime.RUS).toBeUndefined()
  })
})

describe('the toolbar on a wide screen', () => {
  it('shows every button and no More menu', () => {
    screenIs(false)
    render(<SharePanel />)
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull()
    for (const name of ['Undo', 'Redo', ...FOLDED])
      expect(screen.getByRole('button', { name })).toBeVisible()
  })
})
