import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ProjectorToggle } from '@/features/share/projector-toggle'

describe('projector mode', () => {
  it('switches the page to high contrast and remembers it on this device', async () => {
    render(<ProjectorToggle />)
    const button = screen.getByRole('button', { name: 'Projector mode' })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await userEvent.setup().click(button)
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.dataset.display).toBe('projector')
    expect(localStorage.getItem('alliance-explorer:display')).toBe('projector')
    await userEvent.setup().click(button)
    expect(document.documentElement.dataset.display).toBe('standard')
  })
})
