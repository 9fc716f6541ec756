import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { EMBED_TITLE, EmbedCode, embedCode } from '@/features/share/embed-code'
import { SharePanel } from '@/features/share/share-panel'
import { useExplorerStore } from '@/store/explorer-store'

/** The iframe a course page gets from pasting `code`, as the browser reads it. */
function iframeOf(code: string) {
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html')
  expect(doc.body.children).toHaveLength(1)
  return doc.querySelector('iframe')!
}

describe('the embed code', () => {
  it('escapes the link for the attribute, so the iframe opens exactly that link', () => {
    const link = `https://example.org/x/?a=1&b="2"#v=1&r=RUS:c1949-2000&note=<b>'`
    const code = embedCode(link)
    expect(code).toContain('&amp;r=RUS')
    expect(code).not.toMatch(/<b>|"2"/)
    const iframe = iframeOf(code)
    expect(iframe.getAttribute('src')).toBe(link)
    expect(iframe.title).toBe(EMBED_TITLE)
    expect(iframe.getAttribute('title')).toBe('Alliance Counterfactual Explorer')
    expect(iframe.getAttribute('width')).toBe('100%')
    expect(iframe.getAttribute('height')).toBe('720')
    expect(iframe.getAttribute('loading')).toBe('lazy')
    expect(iframe.getAttribute('style')).toBe('border:0')
  })

  it('shows the code to select, says where to paste it, and copies it', async () => {
    const user = userEvent.setup()
    render(<EmbedCode url="https://example.org/#v=1&t=x" />)
    const box = screen.getByRole('textbox', { name: 'Embed code' })
    expect(box).toHaveValue(embedCode('https://example.org/#v=1&t=x'))
    expect(box).toHaveAccessibleDescription(/Paste it into .* learning platform/)
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }))
    expect(await navigator.clipboard.readText()).toBe(embedCode('https://example.org/#v=1&t=x'))
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied.')
  })
})

describe('Show QR and Embed in the share panel', () => {
  it('embeds the current view, and follows it as the scenario changes', async () => {
    const user = userEvent.setup()
    render(<SharePanel />)
    // Show QR and Embed come with the link, once Copy link has made it.
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Show QR' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const embed = screen.getByRole('button', { name: 'Embed' })
    expect(embed).toHaveAttribute('aria-expanded', 'false')
    await user.click(embed)
    expect(embed).toHaveAttribute('aria-expanded', 'true')
    const region = screen.getByRole('region', { name: 'Embed in a learning platform' })
    const box = await within(region).findByRole('textbox', { name: 'Embed code' })
    const baseline = (
      screen.getByRole('textbox', { name: /opens this exact view/ }) as HTMLInputElement
    ).value
    expect(iframeOf((box as HTMLTextAreaElement).value).getAttribute('src')).toBe(baseline)

    useExplorerStore.getState().togglePreset('russia-stays-communist')
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const changed = (
      screen.getByRole('textbox', { name: /opens this exact view/ }) as HTMLInputElement
    ).value
    expect(changed).not.toBe(baseline)
    expect(iframeOf((box as HTMLTextAreaElement).value).getAttribute('src')).toBe(changed)

    await user.click(within(region).getByRole('button', { name: 'Close embed code' }))
    expect(embed).toHaveAttribute('aria-expanded', 'false')
    expect(embed).toHaveFocus()
  })

  it('shows the current view as a QR code, with the same link Copy link gives', async () => {
    const user = userEvent.setup()
    useExplorerStore.getState().togglePreset('russia-stays-communist')
    render(<SharePanel />)
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const link = (
      screen.getByRole('textbox', { name: /opens this exact view/ }) as HTMLInputElement
    ).value
    expect(link).toMatch(/#.+/)
    const show = screen.getByRole('button', { name: 'Show QR' })
    await user.click(show)
    const dialog = await screen.findByRole('dialog', { name: 'Scan to open this view' })
    expect(within(dialog).getByText(link)).toBeInTheDocument()
    expect(
      await within(dialog).findByRole('img', { name: /^QR code that opens this view/ }),
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(show).toHaveFocus()
  })
})
