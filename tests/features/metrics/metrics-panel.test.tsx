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

  it('compares the scenario with the baseline, per pair', () => {
    render(<MetricsPanel />)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const item = screen.getByRole('button', { name: 'Vietnam–USSR / Russia' }).closest('li')!
    // Russia's shared threat with Vietnam is contested only to 1994: three false alarms.
    expect(item).toHaveTextContent('96%, baseline 100%')
  })

  it('shows each headline figure a scenario moves with the baseline beside it', () => {
    render(<MetricsPanel />)
    const headline = (term: string) =>
      within(screen.getByText(term).closest('div')!).getByRole('definition')
    // On history alone there is nothing to compare with.
    expect(headline('Accuracy')).toHaveTextContent(/^93\.1%$/)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(headline('Accuracy')).toHaveTextContent('88.8%, baseline 93.1%')
    expect(headline('Precision')).toHaveTextContent(/^\d+\.\d%, baseline \d+\.\d%$/)
    expect(headline('Recall')).toHaveTextContent(/^\d+\.\d%, baseline \d+\.\d%$/)
    // The confusion matrix counts it moved, and the fit sentence, carry the baseline's too.
    const matrix = screen.getByRole('table', { name: /confusion matrix/i })
    const alarms = within(matrix)
      .getByRole('button', { name: /false alarms$/ })
      .closest('td')!
    expect(alarms).toHaveTextContent(/^79 false alarms, baseline \d+$/)
    expect(screen.getByText(/The model is right in 88\.8% \(baseline 93\.1%\)/)).toBeInTheDocument()
  })

  it('names each outcome in the right number, in the cell and in its hint', () => {
    render(<MetricsPanel />)
    const matrix = screen.getByRole('table', { name: /confusion matrix/i })
    const misses = within(matrix).getByRole('button', { name: /^\d+ misses$/ })
    expect(misses).toHaveAccessibleDescription('Show only misses in the table')
    expect(matrix).not.toHaveTextContent(/misss|hitss|\d+ miss(?!es)/)
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
