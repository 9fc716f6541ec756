import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { loadStep } from '@/app/step-pages'
import type { Step } from '@/store/explorer-store'
import { tableRow } from '../table-helpers'

/** Opens a step by its button, and waits inside act() for its code, as React needs to show it. */
async function openStep(user: ReturnType<typeof userEvent.setup>, step: Step) {
  await user.click(
    within(screen.getByRole('navigation', { name: 'Lesson steps' })).getByRole('button', {
      name: new RegExp(step, 'i'),
    }),
  )
  await act(() => loadStep[step]())
}

/** The timeline's text twin: the sentence for one pair. */
const twinLine = (pair: string) =>
  within(screen.getByText('The timeline as text').closest('details')!)
    .getAllByRole('listitem')
    .find((li) => li.textContent!.startsWith(pair))!

// The one file that renders the whole page: 8–20 s a test on a busy 2-core machine, so it gets
// more than three times the slowest.
describe('the explorer', { timeout: 90_000 }, () => {
  it('opens on the Explore step: the theory in one sentence, the presets, the result and the timeline', () => {
    render(<App />)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/ally only with a state that shares/)).toBeInTheDocument()
    const steps = screen.getByRole('navigation', { name: 'Lesson steps' })
    expect(within(steps).getByRole('button', { name: /Explore/ })).toHaveAttribute(
      'aria-current',
      'step',
    )
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toBeInTheDocument()
    expect(screen.getByText('Showing history as coded.')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'The result' })).toHaveTextContent(
      'The model on history agrees with history in 93.1% of dyad-years.',
    )
    expect(screen.getByRole('figure', { name: /history against the model/ })).toBeInTheDocument()
    // Debate and Check are one click away, not on the first screen.
    expect(screen.queryByRole('region', { name: 'How well the model fits' })).toBeNull()
  })

  it('shows "Russia stays communist" in the result and the chart, and resets to history', async () => {
    const user = userEvent.setup()
    render(<App />)
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1991.')

    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))

    // The result names what changed, against history and the baseline.
    const result = screen.getByRole('region', { name: 'The result' })
    expect(result).toHaveTextContent(
      'Vietnam–Russia: the model now predicts an alliance in 1992–1994; history ends it in 1991.',
    )
    expect(result).toHaveTextContent('43 dyad-years change from the baseline;')
    expect(result).toHaveTextContent('accuracy 88.8%, baseline 93.1%')
    // Chart: the Vietnam–Russia scenario line now runs on past 1991 (to 1994, while the threat is
    // contested), and the title names the scenario.
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1994')
    expect(twinLine('China–USSR / Russia')).toHaveTextContent(
      /model on the scenario 1949–1959, 2007–2026/,
    )
    expect(screen.getByRole('figure', { name: /history against the model/ })).toHaveTextContent(
      'Scenario: Russia stays communist',
    )

    await user.click(screen.getByRole('button', { name: 'Reset to history' }))
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1991.')
    expect(screen.getByRole('region', { name: 'The result' })).toHaveTextContent(
      'agrees with history in 93.1%',
    )
  })

  it('checks "Russia stays communist" in the metrics and the table, under Check', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    // The metrics and the table load when the step opens.
    await openStep(user, 'check')
    const metrics = screen.getByRole('region', { name: 'How well the model fits' })
    expect(within(metrics).getByRole('status')).toHaveTextContent(
      '43 dyad-years are now predicted differently from the baseline; first divergence: Vietnam–Russia, 1992.',
    )
    const row = await tableRow(user, 'VNM-RUS', 1993)
    expect(row).toHaveTextContent('Vietnam–Russia')
    expect(row).toHaveTextContent('changed')
    expect(row).toHaveTextContent('False alarm')

    // The scenario is the same on every step: back on Explore, the preset is still pressed.
    await openStep(user, 'explore')
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('keeps a step once opened, hidden, and shows it again as it was, up to date', async () => {
    const user = userEvent.setup()
    render(<App />)
    await openStep(user, 'check')
    const metrics = screen.getByRole('region', { name: 'How well the model fits' })
    await openStep(user, 'explore')
    // Hidden: out of sight and out of the accessibility tree, but not thrown away.
    expect(screen.queryByRole('region', { name: 'How well the model fits' })).toBeNull()
    expect(metrics).not.toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    await openStep(user, 'check')
    const again = screen.getByRole('region', { name: 'How well the model fits' })
    expect(again).toBe(metrics)
    expect(within(again).getByRole('status')).toHaveTextContent(
      '43 dyad-years are now predicted differently from the baseline',
    )
  })

  it('works by keyboard alone: tab to the preset, press it, reset', async () => {
    const user = userEvent.setup()
    render(<App />)
    const preset = screen.getByRole('button', { name: 'Russia stays communist' })
    while (document.activeElement !== preset) await user.tab()
    await user.keyboard('{Enter}')
    expect(preset).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard(' ')
    expect(preset).toHaveAttribute('aria-pressed', 'false')
  })
})
