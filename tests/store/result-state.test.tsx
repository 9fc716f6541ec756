import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PresetPanel } from '@/features/presets/preset-panel'
import { ResultCallout } from '@/features/result/result-callout'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { useExplorerStore } from '@/store/explorer-store'
import { ResultStateProvider } from '@/store/result-state'

const store = () => useExplorerStore.getState()

describe('the views of the result, on the page (under ResultStateProvider)', () => {
  it('follow a press: the preset shows pressed and the callout and chart show its result', async () => {
    render(
      <ResultStateProvider>
        <PresetPanel />
        <ResultCallout />
        <TimelineChart width={900} />
      </ResultStateProvider>,
    )
    const row = () =>
      screen.getByRole('slider', {
        name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
      })
    expect(row().querySelector('[data-series="scenario"]')).toHaveAttribute(
      'data-years',
      '1954-1991',
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Russia stays communist' }))
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    // The model now keeps the treaty to 1994, and the callout counts what moved.
    await waitFor(() =>
      expect(row().querySelector('[data-series="scenario"]')).toHaveAttribute(
        'data-years',
        '1954-1994',
      ),
    )
    expect(screen.getByRole('region', { name: 'The result' })).toHaveTextContent(
      '43 dyad-years change from the baseline;',
    )
  })

  it('paint the press first: the result waits for the frame after it, then follows', async () => {
    render(
      <ResultStateProvider>
        <PresetPanel />
        <ResultCallout />
      </ResultStateProvider>,
    )
    const callout = screen.getByRole('region', { name: 'The result' })
    const before = callout.textContent
    act(() => store().togglePreset('russia-stays-communist'))
    // Rendered at once: the button pressed. Not yet: the result, which comes after a frame.
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(callout.textContent).toBe(before)
    await waitFor(() =>
      expect(callout).toHaveTextContent('43 dyad-years change from the baseline;'),
    )
  })

  it("keep the chart's rows in step as pairs leave the view and come back", async () => {
    act(() => store().updateSettings({ cases: 'all' }))
    render(
      <ResultStateProvider>
        <TimelineChart width={900} />
      </ResultStateProvider>,
    )
    const all = screen.getAllByRole('slider').length
    expect(all).toBeGreaterThan(11)
    // Back to the essay's cases: most rows' pairs leave the store in one step.
    act(() => store().updateSettings({ cases: 'essay' }))
    await waitFor(() => expect(screen.getAllByRole('slider')).toHaveLength(11))
    act(() => store().updateSettings({ cases: 'all' }))
    await waitFor(() => expect(screen.getAllByRole('slider')).toHaveLength(all))
  })
})
