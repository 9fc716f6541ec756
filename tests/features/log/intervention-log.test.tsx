import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Handout } from '@/features/handout/handout'
import { InterventionLog, SHOWN_STEPS } from '@/features/log/intervention-log'
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

  it('after many steps lists the latest, numbered as they were taken, and shows all on request', async () => {
    const user = userEvent.setup()
    const steps = SHOWN_STEPS + 5
    act(() => {
      const s = useExplorerStore.getState()
      // A different pair-year each step: no two steps merge.
      for (let i = 0; i < steps; i++)
        s.toggleCell('threat', i < 60 ? 'VNM-USA' : 'VNM-LAO', 1950 + (i % 60))
      s.setRationale(useExplorerStore.getState().log[0]!.id, 'first guess')
    })
    render(<InterventionLog />)
    const rows = () => within(screen.getByRole('list')).getAllByRole('listitem')
    expect(rows()).toHaveLength(SHOWN_STEPS)
    expect(screen.getByText(`The last ${SHOWN_STEPS} of ${steps} steps are shown.`)).toBeVisible()
    // Labels, not roles, find the boxes: a role query over a hundred rows is slow in jsdom.
    expect(screen.getByLabelText(`Why? (step ${steps})`)).toBeInTheDocument()
    expect(screen.getByLabelText('Why? (step 6)')).toBeInTheDocument()
    expect(screen.queryByLabelText('Why? (step 5)')).not.toBeInTheDocument()
    expect(screen.getByRole('list')).toHaveAttribute('start', '6')

    await user.click(screen.getByRole('button', { name: `Show all ${steps} steps` }))
    expect(rows()).toHaveLength(steps)
    // The earlier steps come back with their reasons.
    expect(screen.getByLabelText('Why? (step 1)')).toHaveValue('first guess')
    await user.click(screen.getByRole('button', { name: `Show only the last ${SHOWN_STEPS}` }))
    expect(rows()).toHaveLength(SHOWN_STEPS)
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
