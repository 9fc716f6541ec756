import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { useExplorerStore } from '@/store/explorer-store'

describe('the metrics panel', () => {
  it('shows accuracy and a confusion matrix whose cells filter the table', async () => {
    const user = userEvent.setup()
    render(
      <>
        <MetricsPanel />
        <DyadYearTable />
      </>,
    )
    const matrix = screen.getByRole('table', { name: /confusion matrix over 858 dyad-years/i })
    const misses = within(matrix).getByRole('button', { name: /misses$/ })
    const n = Number(misses.textContent!.match(/\d+/)![0])
    await user.click(misses)
    expect(misses).toHaveAttribute('aria-pressed', 'true')
    expect(
      screen.getByText(new RegExp(`of ${n} dyad-years \\(filtered from 858\\)`)),
    ).toBeInTheDocument()
    const rows = within(screen.getByRole('table', { name: /every dyad-year/i }))
      .getAllByRole('row')
      .slice(1)
    expect(rows.every((r) => r.textContent!.includes('Miss'))).toBe(true)
    await user.click(misses)
    expect(screen.getByText(/of 858 dyad-years\./)).toBeInTheDocument()
  })

  it('compares the scenario with history, per pair', () => {
    render(<MetricsPanel />)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const item = screen.getByRole('button', { name: 'Vietnam–USSR / Russia' }).closest('li')!
    // Russia's shared threat with Vietnam is contested only to 1994: three false alarms.
    expect(item).toHaveTextContent('96% (history 100%)')
    expect(screen.getByText(/Accuracy/).nextElementSibling).toHaveTextContent('(history: 93.1%)')
  })
})

describe('the plausibility note', () => {
  it('says how far the scenario moves and warns about combinations history never shows', () => {
    render(<MetricsPanel />)
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const note = screen.getByRole('note', { name: 'How far from history' })
    expect(note).toHaveTextContent(
      'How far from history: 35 coded cells changed (1 state), from 1992 on.',
    )
    expect(note).not.toHaveTextContent('never occur')
    act(() => useExplorerStore.getState().setCells('rift', 'VNM-USA', 2000, 2004, true))
    expect(note).toHaveTextContent('never occur together anywhere in the historical data')
    expect(note).toHaveTextContent(
      'Vietnam–United States, 2000–2004: Vietnam communist, United States non-communist, no shared threat, and a party rift',
    )
  })
})

describe('the fit against trivial rules', () => {
  it('shows what "always no alliance" and "same as last year" score, and says it in one sentence', () => {
    render(<MetricsPanel />)
    const always = screen.getByText(/Always .no alliance./)
    expect(always.nextElementSibling).toHaveTextContent(/^\d+\.\d%$/)
    expect(screen.getByText('Same as last year').nextElementSibling).toHaveTextContent(/%$/)
    expect(
      screen.getByText(
        /points better than always predicting no alliance .* assuming each year repeats the last/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/alliance onsets and .* ends within ±2 years/)).toBeInTheDocument()
  })

  it('says how many dyad-years a series does not cover, and leaves them out of the matrix', () => {
    render(<MetricsPanel />)
    act(() => useExplorerStore.getState().updateSettings({ history: 'cow' }))
    expect(
      screen.getByRole('table', { name: /confusion matrix over 704 dyad-years/i }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/154 dyad-years are left out: COW alliances have no data after 2012\./),
    ).toBeInTheDocument()
  })
})
