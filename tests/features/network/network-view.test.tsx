import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { NetworkView } from '@/features/network/network-view'
import { useExplorerStore } from '@/store/explorer-store'
import { loadLibrary } from '../timeline/case-library-fixture'

const edge = (pair: RegExp) => screen.queryByRole('button', { name: pair })

describe('the alliance network', () => {
  it('draws the year’s alliances, and under "Russia stays communist" keeps Vietnam–Russia past 1991', async () => {
    const user = userEvent.setup()
    render(<NetworkView />)
    const slider = screen.getByRole('slider', { name: 'Network year' })
    expect(slider).toHaveValue('1992')
    expect(edge(/^Vietnam–Russia in 1992/)).toBeNull()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(
      edge(
        /^Vietnam–Russia in 1992: history no alliance, baseline no alliance, scenario alliance \(scenario differs from history\)/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/The scenario adds .*Vietnam–Russia/)).toBeInTheDocument()
    // Arrows step a year, Page Up/Down a decade, Home/End the ends.
    slider.focus()
    await user.keyboard('{PageUp}')
    expect(slider).toHaveValue('2002')
    await user.keyboard('{PageDown}{PageDown}')
    expect(slider).toHaveValue('1982')
    expect(screen.getByRole('heading', { name: 'Alliance network in 1982' })).toBeInTheDocument()
    // A Soviet year names the Soviet Union, on the edges and on the nodes.
    expect(
      edge(/^Vietnam–Soviet Union in 1982: history alliance, baseline alliance, scenario alliance/),
    ).toBeInTheDocument()
    expect(screen.getByText('Soviet Union')).toBeInTheDocument()
    expect(screen.queryByText('Russia')).not.toBeInTheDocument()
  })

  it('shows a chosen pair in the timeline and the table', async () => {
    render(<NetworkView />)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    await userEvent.setup().click(edge(/^Vietnam–Russia in 1992/)!)
    expect(useExplorerStore.getState().view.focus).toEqual({ dyad: 'VNM-RUS', year: 1992 })
    expect(useExplorerStore.getState().view.table.dyad).toBe('VNM-RUS')
    edge(/^China–North Korea in 1992/)!.focus()
    fireEvent.keyDown(edge(/^China–North Korea in 1992/)!, { key: 'Enter' })
    expect(useExplorerStore.getState().view.table.dyad).toBe('CHN-PRK')
  })

  it('plays through the years and stops at the end', async () => {
    vi.useFakeTimers()
    render(<NetworkView />)
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    act(() => vi.advanceTimersByTime(700 * 3))
    expect(screen.getByRole('slider', { name: 'Network year' })).toHaveValue('1995')
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    act(() => vi.advanceTimersByTime(700 * 3))
    expect(screen.getByRole('slider', { name: 'Network year' })).toHaveValue('1995')
    vi.useRealTimers()
  })

  it('draws only the states that existed in the year, and says which did not', async () => {
    loadLibrary()
    const user = userEvent.setup()
    render(<NetworkView />)
    const slider = screen.getByRole('slider', { name: 'Network year' })
    const nodeNames = () =>
      [...document.querySelectorAll('svg.network-svg .node text:first-of-type')].map(
        (t) => t.textContent,
      )
    // 1992: Yugoslavia's last year.
    expect(nodeNames()).toContain('Yugoslavia')
    expect(nodeNames()).toHaveLength(9)
    expect(screen.queryByText(/did not exist/)).toBeNull()
    fireEvent.change(slider, { target: { value: '1993' } })
    expect(nodeNames()).not.toContain('Yugoslavia')
    expect(nodeNames()).toHaveLength(8)
    expect(screen.getByText(/Not drawn: Yugoslavia, which did not exist in 1993\./)).toBeVisible()
    expect(edge(/^Yugoslavia/)).toBeNull()
    // Ten years back, the federation is there again.
    slider.focus()
    await user.keyboard('{PageDown}')
    expect(nodeNames()).toContain('Yugoslavia')
  })
})
