import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Handout } from '@/features/handout/handout'
import { InterventionLog } from '@/features/log/intervention-log'
import { useExplorerStore } from '@/store/explorer-store'

describe('the intervention log and the handout', () => {
  it('lists the changes in order, in plain words, each with an optional reason', async () => {
    const user = userEvent.setup()
    render(<InterventionLog />)
    expect(screen.getByText(/Nothing changed yet/)).toBeInTheDocument()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    act(() => useExplorerStore.getState().updateSettings({ ideology: 'lenient' }))
    act(() => useExplorerStore.getState().setCells('threat', 'VNM-USA', 2014, 2026, 'no'))
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('span')!.textContent)).toEqual([
      'Applied "Russia stays communist"',
      'Shared ideology: lenient',
      'Vietnam–United States: no shared threat 2014–2026',
    ])
    await user.type(
      screen.getByRole('textbox', { name: 'Why? (step 2)' }),
      'rifts are not ideology',
    )
    expect(useExplorerStore.getState().rationales[useExplorerStore.getState().log[1]!.id]).toBe(
      'rifts are not ideology',
    )
  })

  it('prints the scenario, the steps with reasons, the figures and lines for answers', () => {
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    act(() =>
      useExplorerStore.getState().setRationale(useExplorerStore.getState().log[0]!.id, 'a test'),
    )
    render(<Handout />)
    const handout = screen.getByLabelText('Printable handout', { selector: 'section' })
    expect(handout).toHaveTextContent('Russian Federation communist 1992–2026')
    expect(handout).toHaveTextContent('Applied "Russia stays communist" (why: a test)')
    expect(handout).toHaveTextContent(
      '43 dyad-years are now predicted differently from the baseline',
    )
    expect(handout).toHaveTextContent('Accuracy 88.8%, baseline 93.1%')
    // The yardsticks, in one sentence: how far the theory beats the trivial rules.
    expect(handout).toHaveTextContent(
      /points better than always predicting no alliance .* worse than assuming each year repeats the last/,
    )
    expect(handout.querySelectorAll('.answer-line').length).toBeGreaterThanOrEqual(6)
  })
})
