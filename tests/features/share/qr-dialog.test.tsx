import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import jsQR from 'jsqr'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShowQrButton } from '@/features/share/qr-dialog'
import { QR_MAX_BYTES } from '@/features/share/qr-limit'

afterEach(() => {
  vi.doUnmock('@/features/share/qr-code')
  vi.resetModules()
})

const URL_ = 'https://example.org/explorer/#v=1&r=RUS:c1949-2000'

/** Reads the drawn QR code back: paints its path's rectangles into pixels and decodes them. */
function decode(svg: Element): string | undefined {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2])
  const scale = 4
  const width = size * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  const d = svg.querySelector('path')!.getAttribute('d')!
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3)
      }
    }
  }
  return jsQR(pixels, width, width)?.data
}

describe('Show QR', () => {
  it('shows the link as a QR code that decodes to it, with the link as text', async () => {
    const user = userEvent.setup()
    render(<ShowQrButton url={URL_} label="Show QR for the student link" what="the student link" />)
    await user.click(screen.getByRole('button', { name: 'Show QR for the student link' }))
    const dialog = await screen.findByRole('dialog', { name: 'Scan to open the student link' })
    expect(within(dialog).getByText(URL_)).toBeInTheDocument()
    const code = await within(dialog).findByRole('img', {
      name: 'QR code that opens the student link: the link written below it',
    })
    expect(decode(code)).toBe(URL_)
    // The quiet zone: the outermost 4 modules are blank on every side.
    const size = Number(code.getAttribute('viewBox')!.split(' ')[2])
    const starts = [
      ...code
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/M(\d+) (\d+)/g),
    ]
    expect(Math.min(...starts.map((m) => Number(m[1])))).toBe(4)
    expect(Math.min(...starts.map((m) => Number(m[2])))).toBe(4)
    expect(Math.max(...starts.map((m) => Number(m[2])))).toBe(size - 5)
  })

  it('closes with Escape or Close, and gives the focus back to the button', async () => {
    const user = userEvent.setup()
    render(<ShowQrButton url={URL_} />)
    const button = screen.getByRole('button', { name: 'Show QR' })
    await user.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Scan to open this view' })
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await within(dialog).findByRole('img')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()

    await user.click(button)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button).toHaveFocus()
  })

  it('reads a link given as a function when pressed, and copies it', async () => {
    const user = userEvent.setup()
    let link = 'https://example.org/#old'
    render(<ShowQrButton url={() => link} />)
    link = 'https://example.org/#new'
    await user.click(screen.getByRole('button', { name: 'Show QR' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(link)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }))
    expect(await navigator.clipboard.readText()).toBe(link)
    expect(within(dialog).getByText('Link copied.')).toBeInTheDocument()
  })

  it('says plainly when a link is too long for a QR code, and suggests the file', async () => {
    const user = userEvent.setup()
    const long = `https://example.org/#${'x'.repeat(QR_MAX_BYTES)}`
    render(<ShowQrButton url={long} />)
    await user.click(screen.getByRole('button', { name: 'Show QR' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(/too long for a QR code/)).toHaveTextContent(
      /holds at most 2,331.*Save scenario/,
    )
    expect(within(dialog).queryByRole('img')).toBeNull()
    expect(within(dialog).getByText(long)).toBeInTheDocument()
  })

  it('says "Preparing" while the library loads, and what happened when it cannot load', async () => {
    vi.resetModules()
    // The library's chunk answers when the test says: with a failure, as offline before first use.
    let fail: (e: Error) => void = () => {}
    const answer = new Promise<never>((_, reject) => (fail = reject))
    vi.doMock('@/features/share/qr-code', () => answer)
    const { ShowQrButton: Button } = await import('@/features/share/qr-dialog')
    const user = userEvent.setup()
    render(<Button url={URL_} />)
    await user.click(screen.getByRole('button', { name: 'Show QR' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('Preparing the QR code…')).toHaveAttribute('role', 'status')
    fail(new Error('Failed to fetch dynamically imported module'))
    expect(await within(dialog).findByText(/could not be prepared/)).toHaveTextContent(
      /network cannot be reached.*link below still works/,
    )
    expect(within(dialog).getByText(URL_)).toBeInTheDocument()
    expect(within(dialog).queryByRole('img')).toBeNull()
  })
})
