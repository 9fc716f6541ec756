import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FocusDetails } from '@/features/timeline/focus-details'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'

const store = () => useExplorerStore.getState()

function renderFocus(dyad: string, year: number) {
  act(() => store().setFocus({ dyad, year }))
  return render(<FocusDetails labels={selectLabels(store())} />)
}

/** The details panel: the heading's parent. */
const details = (heading: string) => screen.getByRole('heading', { name: heading }).parentElement!

describe('the focus details', () => {
  it('names the pair as it was named in the year shown', () => {
    renderFocus('CHN-RUS', 1975)
    expect(screen.getByRole('heading', { name: 'China–Soviet Union, 1975' })).toBeInTheDocument()
    expect(details('China–Soviet Union, 1975')).not.toHaveTextContent('Russia')
    act(() => store().setFocus({ dyad: 'CHN-RUS', year: 1995 }))
    expect(screen.getByRole('heading', { name: 'China–Russia, 1995' })).toBeInTheDocument()
    expect(details('China–Russia, 1995')).toHaveTextContent('Russian Federation: non-communist')
  })

  it('says a year the chosen series has no data for is "not covered", with its note', () => {
    act(() => store().updateSettings({ history: 'cow' }))
    renderFocus('CHN-PRK', 2015)
    const box = details('China–North Korea, 2015')
    expect(box).toHaveTextContent('History (COW alliances): not covered')
    expect(box).toHaveTextContent('Not covered: COW v4.1 alliance data end in 2012')
    expect(box).not.toHaveTextContent(/History \(COW alliances\): no alliance/)
  })

  it('calls a party rift "not applicable" when one side is not communist that year', () => {
    renderFocus('CHN-USA', 1975)
    expect(details('China–United States, 1975')).toHaveTextContent('Party rift: not applicable')
    act(() => store().setFocus({ dyad: 'CHN-RUS', year: 1965 }))
    expect(details('China–Soviet Union, 1965')).toHaveTextContent('Party rift: yes.')
    // Under a scenario that keeps Russia communist, the rift applies again.
    act(() => store().setFocus({ dyad: 'CHN-RUS', year: 1995 }))
    expect(details('China–Russia, 1995')).toHaveTextContent('Party rift: not applicable')
    act(() => store().toggleCell('regime', 'RUS', 1995))
    expect(details('China–Russia, 1995')).toHaveTextContent('Party rift: no.')
  })

  it('says when only the exit lag keeps a predicted alliance', () => {
    renderFocus('VNM-RUS', 1992)
    const panel = details('Vietnam–Russia, 1992')
    expect(panel).not.toHaveTextContent('exit lag')
    act(() => store().updateSettings({ rule: 'two-criteria-lag', lag: 3 }))
    expect(panel).toHaveTextContent(
      'The predicted alliance is kept by the 3-year exit lag (both criteria last held in 1991).',
    )
    // A year in which both criteria hold needs no lag.
    act(() => store().setFocus({ dyad: 'VNM-RUS', year: 1985 }))
    expect(details('Vietnam–Soviet Union, 1985')).not.toHaveTextContent('exit lag')
    // Past the lag, no alliance is predicted and nothing is said about the lag.
    act(() => store().setFocus({ dyad: 'VNM-RUS', year: 1996 }))
    expect(details('Vietnam–Russia, 1996')).not.toHaveTextContent('exit lag')
  })

  it('tells the scenario apart from the baseline when only one of them is kept by the lag', () => {
    renderFocus('VNM-RUS', 1993)
    act(() => store().updateSettings({ rule: 'two-criteria-lag', lag: 3 }))
    act(() => store().toggleCell('regime', 'RUS', 1993))
    const panel = details('Vietnam–Russia, 1993')
    expect(panel).toHaveTextContent(
      "The baseline's predicted alliance is kept by the 3-year exit lag (both criteria last held in 1991).",
    )
    expect(panel).not.toHaveTextContent("The scenario's predicted alliance")
  })

  it('with every case shown, gives a pair listed after Yugoslavia’s its own codings', () => {
    act(() => store().updateSettings({ cases: 'all' }))
    // The Yugoslav pairs come before China–Pakistan and have no rows after 1992.
    renderFocus('CHN-PAK', 2000)
    const box = details('China–Pakistan, 2000')
    expect(box).toHaveTextContent('Pakistan: non-communist')
    expect(box).not.toHaveTextContent(/Greece|Turkey|Yugoslavia/)
  })
})
