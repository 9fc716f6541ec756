import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ReadingControls } from '@/features/share/reading-controls'

afterEach(() => {
  localStorage.clear()
  document.documentElement.removeAttribute('style')
  delete document.documentElement.dataset.spacing
})

describe('text size and spacing', () => {
  it('enlarge the text and widen its spacing, and are remembered on this device', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<ReadingControls />)
    const root = document.documentElement
    // Opened in the standard reading, the root is left as it is: a change to it would make every
    // chart measure itself again just after the first render.
    expect(root.style.getPropertyValue('--text-scale')).toBe('')
    expect(root.dataset.spacing).toBeUndefined()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Text size' }), 'Largest')
    await user.click(screen.getByRole('checkbox', { name: 'Wider spacing' }))
    expect(root.style.getPropertyValue('--text-scale')).toBe('1.4')
    expect(root.dataset.spacing).toBe('wide')
    // Back to the standard size: said on the root, which holds the larger one.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Text size' }), 'Standard')
    expect(root.style.getPropertyValue('--text-scale')).toBe('1')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Text size' }), 'Largest')
    unmount()

    // A later visit starts as the reader left it.
    render(<ReadingControls />)
    expect(screen.getByRole('combobox', { name: 'Text size' })).toHaveDisplayValue('Largest')
    expect(screen.getByRole('checkbox', { name: 'Wider spacing' })).toBeChecked()
  })

  it('ignore a stored preference they do not know', () => {
    localStorage.setItem('alliance-explorer:reading', '{"size":"9","spacing":"yes"}')
    render(<ReadingControls />)
    expect(screen.getByRole('combobox', { name: 'Text size' })).toHaveDisplayValue('Standard')
    expect(screen.getByRole('checkbox', { name: 'Wider spacing' })).not.toBeChecked()
  })
})
