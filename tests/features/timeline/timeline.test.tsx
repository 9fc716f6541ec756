import { act, render, screen, within } from '@testing-library/react'
import { Profiler } from 'react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { TimelineRow } from '@/features/timeline/timeline-row'
import { labelLines, yearScale } from '@/features/timeline/geometry'
import { useExplorerStore } from '@/store/explorer-store'

const store = () => useExplorerStore.getState()

describe('the timeline', () => {
  it('draws one row per pair with history, baseline and scenario bands', () => {
    render(<TimelineChart width={900} />)
    const rows = screen.getAllByRole('slider')
    expect(rows).toHaveLength(11)
    const vnmRus = screen.getByRole('slider', {
      name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
    })
    const years = (series: string) =>
      vnmRus.querySelector(`[data-series="${series}"]`)!.getAttribute('data-years')
    expect(years('history')).toBe('1954-1991')
    expect(years('baseline')).toBe('1954-1991')
    expect(years('scenario')).toBe('1954-1991')
  })

  it('at rest draws history and the model only; a scenario adds its band and marks where it moves the prediction', () => {
    const { container } = render(<TimelineChart width={900} />)
    const row = (pair: string) =>
      screen.getByRole('slider', { name: `${pair}: history, baseline and scenario by year` })
    const drawn = (pair: string, series: string) =>
      row(pair).querySelectorAll(`[data-series="${series}"] rect`).length > 0
    const legend = () => container.querySelector('g.legend')!.textContent
    // At rest: two bands per row, no shading, no marks, and a legend of two entries.
    for (const r of screen.getAllByRole('slider')) {
      expect(r.querySelectorAll('[data-series="scenario"] rect')).toHaveLength(0)
      expect(r.querySelectorAll('.off-history, .off-baseline')).toHaveLength(0)
    }
    expect(drawn('Vietnam–USSR / Russia', 'history')).toBe(true)
    expect(drawn('Vietnam–USSR / Russia', 'baseline')).toBe(true)
    expect(legend()).toBe('History (top band)Model on history (lower band)')
    // The model's years are still there for anyone reading the chart.
    expect(
      row('Vietnam–USSR / Russia')
        .querySelector('[data-series="scenario"]')!
        .getAttribute('data-years'),
    ).toBe('1954-1991')

    act(() => store().togglePreset('russia-stays-communist'))
    // The scenario band and its marks appear on the pair it moves, and only there.
    expect(drawn('Vietnam–USSR / Russia', 'scenario')).toBe(true)
    expect(row('Vietnam–USSR / Russia').querySelectorAll('.off-baseline')).toHaveLength(1)
    expect(row('Vietnam–USSR / Russia').querySelectorAll('.off-history')).toHaveLength(1)
    expect(drawn('Vietnam–Laos', 'scenario')).toBe(false)
    expect(legend()).toContain('Model on scenario (bottom)')
    expect(legend()).toContain('Changed by the scenario')

    // Back to history: back to rest.
    act(() => store().resetScenario())
    expect(drawn('Vietnam–USSR / Russia', 'scenario')).toBe(false)
    expect(container.querySelectorAll('.off-history, .off-baseline')).toHaveLength(0)
  })

  it('shades where a setting makes the model depart from history, with no scenario band', () => {
    const { container } = render(<TimelineChart width={900} />)
    expect(container.querySelectorAll('.off-history')).toHaveLength(0)
    act(() => store().updateSettings({ rule: 'security-only' }))
    expect(container.querySelectorAll('.off-history').length).toBeGreaterThan(0)
    expect(container.querySelectorAll('[data-series="scenario"] rect')).toHaveLength(0)
    expect(container.querySelector('g.legend')).toHaveTextContent('Model differs from history')
    // The exit lag does not count while the rule that uses it is not in force.
    act(() => store().updateSettings({ rule: 'two-criteria', lag: 7 }))
    expect(container.querySelectorAll('.off-history')).toHaveLength(0)
  })

  it('names on the chart the years a scenario moves the prediction, with the axis above and below', () => {
    const { container } = render(<TimelineChart width={900} />)
    const vnmRus = () =>
      screen.getByRole('slider', {
        name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
      })
    // At rest nothing is marked.
    expect(container.querySelectorAll('.change-year')).toHaveLength(0)
    act(() => store().togglePreset('russia-stays-communist'))
    const marks = [...vnmRus().querySelectorAll('.change-year')].map((t) => t.textContent)
    expect(marks).toEqual(['1992–1994'])
    const axes = [...container.querySelectorAll('g.axis')]
    expect(axes.map((g) => g.getAttribute('data-axis'))).toEqual(['top', 'bottom'])
    for (const g of axes) expect(g).toHaveTextContent(/1950.*1960.*2020/)
  })

  it('says in its title which rule, definition and scenario it shows', async () => {
    render(<TimelineChart width={900} />)
    const figure = screen.getByRole('figure', { name: /history against the model/ })
    expect(figure).toHaveTextContent(
      "History: the essay's coding. Model: two criteria, strict ideology",
    )
    expect(figure).toHaveTextContent('Scenario: history as coded.')
    act(() => store().togglePreset('no-sino-soviet-split'))
    act(() =>
      store().updateSettings({ history: 'treaty_defense', rule: 'two-criteria-lag', lag: 4 }),
    )
    expect(figure).toHaveTextContent(
      'History: mutual-defence treaties. Model: two criteria with exit lag of 4 years',
    )
    expect(figure).toHaveTextContent('Scenario: No Sino-Soviet split.')
  })

  it('names only the readings the rule in force uses', () => {
    render(<TimelineChart width={900} />)
    // The subtitle under the title: the figure's own description of its reading.
    const subtitle = () => screen.getByText(/^History: the essay's coding\. Model:/)
    act(() => store().updateSettings({ rule: 'security-only' }))
    expect(subtitle()).toHaveTextContent(
      "History: the essay's coding. Model: security only, contested threats count as shared.",
    )
    expect(subtitle()).not.toHaveTextContent(/ideology/i)
    act(() => store().updateSettings({ rule: 'ideology-only', ideology: 'lenient' }))
    expect(subtitle()).toHaveTextContent('Model: ideology only, lenient ideology.')
    expect(subtitle()).not.toHaveTextContent(/contested/i)
    act(() => store().updateSettings({ rule: 'two-criteria-lag', lag: 1 }))
    expect(subtitle()).toHaveTextContent(
      'Model: two criteria with exit lag of 1 year, lenient ideology, contested threats count as shared.',
    )
  })

  it('labels each row for every period it covers, never "Russia" for the Soviet years', () => {
    render(<TimelineChart width={900} />)
    // A long label breaks after the dash onto two lines; it still reads as one.
    const visibleLabel = (row: HTMLElement) =>
      within(row).getByText((_, el) => el?.classList.contains('row-label') ?? false).textContent
    for (const pair of ['Vietnam–USSR / Russia', 'China–USSR / Russia', 'Vietnam–Laos']) {
      const row = screen.getByRole('slider', {
        name: `${pair}: history, baseline and scenario by year`,
      })
      expect(visibleLabel(row)).toBe(pair)
    }
    const all = screen.getAllByRole('slider').map(visibleLabel)
    expect(all.filter((l) => /–Russia$/.test(l ?? ''))).toEqual([])
  })

  it('breaks long row labels after the dash so they fit the label column', () => {
    expect(labelLines('North Korea–USSR / Russia')).toEqual(['North Korea–', 'USSR / Russia'])
    expect(labelLines('Vietnam–Laos')).toEqual(['Vietnam–Laos'])
  })

  it('shows the codings of a dyad-year on keyboard focus, and arrows move through the years', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={900} />)
    const row = screen.getByRole('slider', {
      name: 'Vietnam–USSR / Russia: history, baseline and scenario by year',
    })
    act(() => row.focus())
    expect(row).toHaveAttribute('aria-valuenow', '1949')
    await user.keyboard('{End}{PageDown}{ArrowLeft}{ArrowLeft}{ArrowRight}')
    expect(row).toHaveAttribute('aria-valuenow', '2015')
    expect(row).toHaveAttribute('aria-valuetext', '2015: history no alliance, baseline no alliance')
    expect(screen.getByRole('heading', { name: 'Vietnam–Russia, 2015' })).toBeInTheDocument()
    expect(screen.getByText(/Shared threat: not shared\./)).toBeInTheDocument()
  })

  it('re-renders a row only when its own dyad changes', () => {
    // Leaving rest redraws every row once (the shading appears): start from a scenario.
    act(() => store().toggleCell('threat', 'CHN-USA', 1975))
    const onRender = vi.fn()
    const scale = yearScale(900, 1949, 2026)
    const vnmRus = store().base.dyadIndex.get('VNM-RUS')!
    render(
      <svg>
        <Profiler id="row" onRender={onRender}>
          <TimelineRow index={vnmRus} top={0} scale={scale} focusYear={null} />
        </Profiler>
      </svg>,
    )
    const renders = onRender.mock.calls.length
    act(() => store().toggleCell('threat', 'CHN-USA', 1980)) // another pair
    act(() => store().setFocus({ dyad: 'CHN-USA', year: 1980 }))
    act(() => store().setTableFilter({ search: 'laos' }))
    expect(onRender.mock.calls.length).toBe(renders)
    act(() => store().toggleCell('regime', 'RUS', 1993)) // touches Vietnam–USSR / Russia
    expect(onRender.mock.calls.length).toBe(renders + 1)
  })

  it('hatches the years the chosen series does not cover, and never calls them a divergence', () => {
    act(() => store().updateSettings({ history: 'atop' }))
    render(<TimelineChart width={900} />)
    const row = screen.getByRole('slider', { name: /^China–North Korea/ })
    const gap = row.querySelector('[data-series="history"] .not-covered')!
    expect(gap.getAttribute('data-years')).toBe('2019-2026')
    // The model predicts an alliance in 2019–2026, but there is no history to differ from.
    const shaded = [...row.querySelectorAll('.off-history')].map((r) => r.getAttribute('x'))
    expect(shaded).toHaveLength(2) // 1949–1960 (no treaty) and 1966–1969 (party rift) only
    act(() => store().setFocus({ dyad: 'CHN-PRK', year: 2020 }))
    expect(row).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^2020: history not covered/),
    )
    expect(screen.getByText('No data in this series (not scored)')).toBeInTheDocument()
    // The text twin says the same.
    const twin = within(screen.getByText('The timeline as text').closest('details')!)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.startsWith('China–North Korea'))!
    expect(twin).toHaveTextContent('allied in history 1961–2018 (no data in 2019–2026)')
    expect(twin).toHaveTextContent('differs from history in 1949–1960, 1966–1969.')
  })

  it('hides pairs and narrows the years on request', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={900} />)
    await user.click(screen.getByText(/^Pairs shown/, { selector: 'summary' }))
    await user.click(screen.getByRole('checkbox', { name: 'China–United States' }))
    expect(screen.getAllByRole('slider')).toHaveLength(10)
    const from = screen.getByRole('spinbutton', { name: 'From' })
    await user.clear(from)
    await user.type(from, '1990')
    expect(screen.getByRole('heading', { name: /Alliances 1990–2026/ })).toBeInTheDocument()
  })
})
