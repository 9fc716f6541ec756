import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ProjectorToggle } from '@/features/share/projector-toggle'

describe('projector mode', () => {
  it('switches the page to high contrast and remembers it on this device', async () => {
    render(<ProjectorToggle />)
    const button = screen.getByRole('button', { name: 'Projector mode' })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await userEvent.setup().click(button)
    // The button shows pressed at once; the page takes the new look just after that paint.
    expect(button).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(document.documentElement.dataset.display).toBe('projector'))
    expect(localStorage.getItem('alliance-explorer:display')).toBe('projector')
    await userEvent.setup().click(button)
    await waitFor(() => expect(document.documentElement.dataset.display).toBe('standard'))
  })

  it('opens in the look this device chose, with the button pressed', () => {
    localStorage.setItem('alliance-explorer:display', 'projector')
    render(<ProjectorToggle />)
    expect(document.documentElement.dataset.display).toBe('projector')
    expect(screen.getByRole('button', { name: 'Projector mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('opens in the standard look without marking the page', () => {
    render(<ProjectorToggle />)
    expect(screen.getByRole('button', { name: 'Projector mode' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(document.documentElement).not.toHaveAttribute('data-display')
  })
})
