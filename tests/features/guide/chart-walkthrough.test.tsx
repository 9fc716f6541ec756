import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { GUIDE_KEY } from '@/features/guide/guide-storage'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { useExplorerStore } from '@/store/explorer-store'

const guide = () => screen.queryByRole('region', { name: 'How to read this chart' })
const toggle = () => screen.getByRole('button', { name: 'How to read this chart' })
const markers = (container: HTMLElement) =>
  [...container.querySelectorAll('.chart-wrapper [data-marker]')].map((m) => m.textContent)

describe('"How to read this chart"', () => {
  beforeEach(() => window.localStorage.removeItem(GUIDE_KEY))

  it('annotates one row on a first visit; closed, it stays closed until asked for', async () => {
    const user = userEvent.setup()
    const first = render(<TimelineChart width={900} />)
    const notes = within(guide()!).getAllByRole('listitem')
    expect(toggle()).toHaveAttribute('aria-expanded', 'true')
    // At rest: history and the model are marked on the row; the rest is promised with a scenario.
    expect(guide()).toHaveTextContent('The numbers on the row China–USSR / Russia')
    expect(notes[0]).toHaveTextContent(/^1History \(top band, solid dark\).*here 1950–1969\.$/)
    expect(notes[1]).toHaveTextContent('The model on history, the baseline')
    expect(notes[2]).toHaveTextContent('only once a scenario moves its prediction')
    expect(notes[3]).toHaveTextContent('Neither is drawn at rest')
    expect(markers(first.container)).toEqual(['1', '2'])

    await user.click(screen.getByRole('button', { name: 'Close the guide' }))
    expect(guide()).toBeNull()
    expect(markers(first.container)).toEqual([])
    expect(toggle()).toHaveAttribute('aria-expanded', 'false')
    expect(toggle()).toHaveFocus()

    // The page opened again: closed. The button brings it back, from the keyboard too.
    first.unmount()
    render(<TimelineChart width={900} />)
    expect(guide()).toBeNull()
    await user.tab()
    while (document.activeElement !== toggle()) await user.tab()
    await user.keyboard('{Enter}')
    expect(guide()).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(guide()).toBeNull()
  })

  it('with a scenario, points at its band and its marks on a row it moves', () => {
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const { container } = render(<TimelineChart width={900} />)
    // The first row it moves: China–USSR / Russia, allied again from 2007 with Russia communist.
    expect(guide()).toHaveTextContent('The numbers on the row China–USSR / Russia')
    const notes = within(guide()!).getAllByRole('listitem')
    expect(notes[0]).toHaveTextContent('here 1950–1969.')
    expect(notes[1]).toHaveTextContent('here 1949–1959.')
    expect(notes[2]).toHaveTextContent('your scenario moves; here 1949–1959, 2007–2026.')
    expect(notes[3]).toHaveTextContent('leaves the baseline (here 2007–2026)')
    expect(markers(container)).toEqual(['1', '2', '3', '4'])
  })

  it('keeps its numbers on the bands when projector mode thickens them', () => {
    // Projector mode sets the --band-height token; the chart and its markers both follow it.
    document.documentElement.style.setProperty('--band-height', '16px')
    try {
      const { container } = render(<TimelineChart width={900} />)
      const history = container.querySelector('[data-series="history"] rect')!
      expect(history.getAttribute('height')).toBe('16')
      const top = (n: number) =>
        parseFloat((container.querySelector(`[data-marker="${n}"]`) as HTMLElement).style.top)
      // Marker 2 sits a band (16 px) and the gap between bands (1 px) below marker 1.
      expect(top(2) - top(1)).toBe(17)
    } finally {
      document.documentElement.style.removeProperty('--band-height')
    }
  })
})
