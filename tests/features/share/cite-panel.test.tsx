import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { CitePanel, publishedUrl } from '@/features/share/cite-panel'
import { SharePanel } from '@/features/share/share-panel'

const valueOf = (el: HTMLElement) => (el as HTMLTextAreaElement).value

describe('Cite this', () => {
  it('gives a BibTeX entry that names the data version, and copies it', async () => {
    const user = userEvent.setup()
    render(<CitePanel />)
    const panel = screen.getByRole('region', { name: 'Cite this' })
    expect(within(panel).getByRole('radio', { name: 'APA' })).toBeChecked()
    await user.click(within(panel).getByRole('radio', { name: 'BibTeX' }))
    const explorer = within(panel).getByRole('textbox', {
      name: `The explorer, data version ${DATA_VERSION}`,
    })
    expect(valueOf(explorer)).toMatch(/^@misc\{/)
    expect(valueOf(explorer)).toContain(`version = {${DATA_VERSION}}`)
    expect(valueOf(within(panel).getByRole('textbox', { name: 'The essay it tests' }))).toMatch(
      /^@article\{vu_2021_alliance,[\s\S]*The Diplomat/,
    )

    await user.click(
      within(panel).getByRole('button', { name: 'Copy the citation of the explorer' }),
    )
    expect(await navigator.clipboard.readText()).toBe(valueOf(explorer))
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'Copied the citation of the explorer (BibTeX).',
    )
  })

  it('offers APA and Chicago for the essay it tests', async () => {
    const user = userEvent.setup()
    render(<CitePanel />)
    const essay = screen.getByRole('textbox', { name: 'The essay it tests' })
    expect(valueOf(essay)).toMatch(/^Vu, K\. \(2021, May\)\./)
    await user.click(screen.getByRole('radio', { name: 'Chicago' }))
    expect(valueOf(essay)).toMatch(/^Vu, Khang\. "Do China and Vietnam/)
  })

  it('selects the text to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup()
    render(<CitePanel />)
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy the citation of the essay' }))
    const essay = screen.getByRole('textbox', { name: 'The essay it tests' }) as HTMLTextAreaElement
    expect(essay).toHaveFocus()
    expect(essay.selectionStart).toBe(0)
    expect(essay.selectionEnd).toBe(essay.value.length)
    expect(screen.getByRole('status')).toHaveTextContent(/selected: press Ctrl\+C/)
  })

  it('adds the address only for a published copy of the explorer', () => {
    const at = (protocol: string, hostname: string) =>
      publishedUrl({ protocol, hostname, origin: `${protocol}//${hostname}`, pathname: '/ace/' })
    expect(at('https:', 'example.org')).toBe('https://example.org/ace/')
    expect(at('http:', 'localhost')).toBeUndefined()
    expect(at('file:', '')).toBeUndefined()
  })

  it('opens from the share buttons', async () => {
    const user = userEvent.setup()
    render(<SharePanel />)
    const button = screen.getByRole('button', { name: 'Cite this' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('region', { name: 'Cite this' })).toBeNull()
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    // The citations load on demand, the first time they are asked for.
    expect(await screen.findByRole('region', { name: 'Cite this' })).toBeVisible()
  })
})
