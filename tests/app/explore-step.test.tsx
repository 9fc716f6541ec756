import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ExploreStep } from '@/app/explore-step'
import { StepNav } from '@/app/step-nav'
import { useExplorerStore } from '@/store/explorer-store'

describe('the Explore step', { timeout: 60_000 }, () => {
  it('puts the presets first, and the exercises behind "Predict first"', async () => {
    const user = userEvent.setup()
    render(<ExploreStep />)
    const mode = screen.getByRole('group', { name: 'How to use the presets' })
    expect(within(mode).getByRole('button', { name: 'Show me' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toBeInTheDocument()
    await user.click(within(mode).getByRole('button', { name: 'Predict first' }))
    expect(
      await screen.findByRole('region', { name: 'Exercises: predict, then look' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Russia stays communist' })).toBeNull()
    expect(useExplorerStore.getState().view.presetMode).toBe('predict')
  })

  it('keeps the detailed editors one click away, and counts the changed cells on the way', async () => {
    const user = userEvent.setup()
    render(<ExploreStep />)
    const settings = screen.getByText('Model settings', { selector: 'summary' })
    expect(settings.closest('details')).not.toHaveAttribute('open')
    await user.click(settings)
    expect(screen.getByRole('combobox', { name: 'Rule' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    expect(screen.getByText(/^Your changes \(35 cells\)$/, { selector: 'summary' })).toBeVisible()
  })

  it('shows the same predictions as a timeline or as the network of one year', async () => {
    const user = userEvent.setup()
    render(<ExploreStep />)
    const chart = screen.getByRole('group', { name: 'Chart' })
    expect(screen.getByRole('figure', { name: /history against the model/ })).toBeInTheDocument()
    await user.click(within(chart).getByRole('button', { name: 'Network' }))
    // The network's code loads on demand; React shows it once the import settles inside act().
    await act(() => import('@/features/network/network-view'))
    expect(await screen.findByRole('slider', { name: 'Network year' })).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: /history against the model/ })).toBeNull()
    expect(useExplorerStore.getState().view.chart).toBe('network')
  })
})

describe('the lesson steps', () => {
  it('mark the current step and change it, keeping it in the view the link holds', async () => {
    const user = userEvent.setup()
    render(<StepNav />)
    const nav = screen.getByRole('navigation', { name: 'Lesson steps' })
    const buttons = within(nav).getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual(['1Explore', '2Debate', '3Check'])
    expect(buttons[0]).toHaveAttribute('aria-current', 'step')
    await user.click(buttons[2]!)
    expect(buttons[2]).toHaveAttribute('aria-current', 'step')
    expect(buttons[0]).not.toHaveAttribute('aria-current')
    expect(useExplorerStore.getState().view.step).toBe('check')
  })
})
