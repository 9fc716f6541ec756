import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { tableRow } from '../table-helpers'

/** The timeline's text twin: the sentence for one pair. */
const twinLine = (pair: string) =>
  within(screen.getByText('The timeline as text').closest('details')!)
    .getAllByRole('listitem')
    .find((li) => li.textContent!.startsWith(pair))!

// The one file that renders the whole page: about 8 s a test on a busy 2-core machine, so it gets
// three times the default timeout to stay well clear of it.
describe('the explorer', { timeout: 60_000 }, () => {
  it('opens on history, with the theory in one sentence', () => {
    render(<App />)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/ally only with a state that shares/)).toBeInTheDocument()
    expect(screen.getByText('Showing history as coded.')).toBeInTheDocument()
    expect(
      screen.getByText(/The scenario changes no prediction/, { selector: '.divergence span' }),
    ).toBeInTheDocument()
  })

  it('shows "Russia stays communist" in the chart, the metrics and the table, and resets to history', async () => {
    const user = userEvent.setup()
    render(<App />)
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1991.')

    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))

    // Chart: the Vietnam–Russia scenario line now runs on past 1991 (to 1994, while the threat is
    // contested), and the title names the scenario.
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1994')
    expect(twinLine('China–USSR / Russia')).toHaveTextContent(
      /model on the scenario 1949–1959, 2007–2026/,
    )
    expect(screen.getByRole('figure', { name: /history against the model/ })).toHaveTextContent(
      'Scenario: Russia stays communist',
    )
    // Metrics: the divergence sentence.
    const metrics = screen.getByRole('region', { name: 'How well the model fits' })
    expect(within(metrics).getByRole('status')).toHaveTextContent(
      '43 dyad-years are now predicted differently from the baseline; first divergence: Vietnam–Russia, 1992.',
    )
    // Table: filter to the diverging Vietnam–Russia years.
    const row = await tableRow(user, 'VNM-RUS', 1993)
    expect(row).toHaveTextContent('Vietnam–Russia')
    expect(row).toHaveTextContent('changed')
    expect(row).toHaveTextContent('False alarm')

    await user.click(screen.getByRole('button', { name: 'Reset to history' }))
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(twinLine('Vietnam–USSR / Russia')).toHaveTextContent('model on the scenario 1954–1991.')
    expect(within(metrics).getByRole('status')).toHaveTextContent(
      'The scenario changes no prediction',
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
