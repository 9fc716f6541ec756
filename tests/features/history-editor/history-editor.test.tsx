import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { useExplorerStore } from '@/store/explorer-store'
import { tableRow } from '../../table-helpers'

function renderEditor() {
  render(
    <>
      <TimelineChart width={900} />
      <MetricsPanel />
      <HistoryEditor />
      <DyadYearTable />
    </>,
  )
  return userEvent.setup()
}

/** A year strip, found by its label like any slider. */
const strip = (label: string) => screen.getByRole('slider', { name: `${label}, by year` })
/** Where a pointer lands on a strip for one year. */
const yearIn = (label: string, year: number) =>
  strip(label).querySelector<HTMLElement>(`[data-year="${year}"]`)!
const scenarioYears = (pair: string) =>
  screen
    .getByRole('slider', { name: `${pair}: history, baseline and scenario by year` })
    .querySelector('[data-series="scenario"]')!
    .getAttribute('data-years')

describe('the history editor', () => {
  it('on the page, builds its year cells just after the first paint, not before', async () => {
    render(<HistoryEditor deferStrips />)
    expect(screen.getByText('Loading the year cells…')).toBeInTheDocument()
    expect(screen.queryByRole('slider', { name: 'USSR / Russia, by year' })).toBeNull()
    expect(
      await screen.findByRole('slider', { name: 'USSR / Russia, by year' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Loading the year cells…')).toBeNull()
  })

  it('flips a regime year, and the chart, the table and the metrics all follow', async () => {
    const user = renderEditor()
    expect(scenarioYears('Vietnam–USSR / Russia')).toBe('1954-1991')

    await user.click(yearIn('USSR / Russia', 1993))

    expect(strip('USSR / Russia')).toHaveAttribute(
      'aria-valuetext',
      '1993: communist (changed; history: non-communist)',
    )
    expect(yearIn('USSR / Russia', 1993)).toHaveClass('is-changed')
    expect(scenarioYears('Vietnam–USSR / Russia')).toBe('1954-1991 1993-1993')
    expect(screen.getByRole('region', { name: 'How well the model fits' })).toHaveTextContent(
      '1 dyad-year is now predicted differently from the baseline; first divergence: Vietnam–Russia, 1993.',
    )
    const row = await tableRow(user, 'VNM-RUS', 1993)
    expect(row).toHaveTextContent('Alliance')
    expect(row).toHaveTextContent('False alarm')
  })

  it('works from the keyboard: one tab stop per strip, arrows move, Space flips, Shift+arrow sets a span', async () => {
    const user = renderEditor()
    const laos = strip('Laos')
    act(() => laos.focus())
    expect(laos).toHaveAttribute('aria-valuetext', '1949: non-communist')
    await user.keyboard('{ArrowRight}')
    expect(laos).toHaveAttribute('aria-valuetext', '1950: non-communist')
    await user.keyboard(' ')
    expect(laos).toHaveAttribute(
      'aria-valuetext',
      '1950: communist (changed; history: non-communist)',
    )
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}')
    expect(Object.keys(useExplorerStore.getState().scenario.regime.LAO!)).toEqual([
      '1950',
      '1951',
      '1952',
    ])
    expect(useExplorerStore.getState().undoStack.past).toHaveLength(1)
    await user.keyboard('{End}')
    expect(laos).toHaveAttribute('aria-valuenow', '2026')
    await user.tab()
    expect(strip('Cambodia')).toHaveFocus()
  })

  it('sets a span with shift-click, as one undo step', async () => {
    const user = renderEditor()
    await user.click(yearIn('USSR / Russia', 1992))
    await user.keyboard('{Shift>}')
    await user.click(yearIn('USSR / Russia', 2026))
    await user.keyboard('{/Shift}')
    expect(Object.keys(useExplorerStore.getState().scenario.regime.RUS!)).toHaveLength(35)
    expect(scenarioYears('Vietnam–USSR / Russia')).toBe('1954-1994')
    expect(useExplorerStore.getState().undoStack.past).toHaveLength(1)
  })

  it('sets a span by dragging across the years', async () => {
    const user = renderEditor()
    await user.pointer([
      { keys: '[MouseLeft>]', target: yearIn('USSR / Russia', 1992) },
      { target: yearIn('USSR / Russia', 1993) },
      { target: yearIn('USSR / Russia', 1996) },
      { keys: '[/MouseLeft]' },
    ])
    expect(Object.keys(useExplorerStore.getState().scenario.regime.RUS!)).toEqual([
      '1992',
      '1993',
      '1994',
      '1995',
      '1996',
    ])
    expect(useExplorerStore.getState().log.map((e) => e.text)).toEqual([
      'Russian Federation communist 1992–1996',
    ])
  })

  it('sets a span from the form, in words', async () => {
    const user = renderEditor()
    const form = screen.getByRole('form', { name: 'Set a span of years' })
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Change' }), 'regime:RUS')
    const from = within(form).getByRole('spinbutton', { name: 'from' })
    await user.clear(from)
    await user.type(from, '1992')
    await user.selectOptions(within(form).getByRole('combobox', { name: 'as' }), 'communist')
    await user.click(within(form).getByRole('button', { name: 'Apply' }))
    expect(within(form).getByRole('status')).toHaveTextContent('Set Russia, 1992–2026: communist.')
    expect(scenarioYears('Vietnam–USSR / Russia')).toBe('1954-1994')
    // A span that reaches back into Soviet years names both periods.
    await user.clear(from)
    await user.type(from, '1980')
    const to = within(form).getByRole('spinbutton', { name: 'to' })
    await user.clear(to)
    await user.type(to, '1995')
    await user.click(within(form).getByRole('button', { name: 'Apply' }))
    expect(within(form).getByRole('status')).toHaveTextContent(
      'Set USSR / Russia, 1980–1995: communist.',
    )
  })

  it('shows the coding behind a year: history, rationale, sources, confidence', async () => {
    const user = renderEditor()
    await user.hover(yearIn('USSR / Russia', 1992))
    const details = screen.getByRole('heading', { name: 'Russia, 1992' }).parentElement!
    expect(details).toHaveTextContent('History: non-communist')
    expect(details).toHaveTextContent(/Confidence: high/)
    expect(within(details).getByRole('link', { name: 'S38' })).toHaveAttribute(
      'href',
      expect.stringContaining('http'),
    )
    // A Soviet year is named for the Soviet Union.
    await user.hover(yearIn('USSR / Russia', 1985))
    expect(screen.getByRole('heading', { name: 'Soviet Union, 1985' })).toBeInTheDocument()
    // Keyboard focus shows the same.
    act(() => strip('Vietnam').focus())
    expect(screen.getByRole('heading', { name: 'North Vietnam, 1949' })).toBeInTheDocument()
  })

  it('calls a party rift "not applicable" in a year when one side is not communist', async () => {
    const user = renderEditor()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Threat and rift for' }),
      'CHN-USA',
    )
    await user.hover(yearIn('China–United States: party rift', 1975))
    const details = screen.getByRole('heading', {
      name: 'China–United States, 1975',
    }).parentElement!
    expect(details).toHaveTextContent('History: not applicable')
    expect(details).toHaveTextContent('Not communist in 1975: United States.')
    // Where both sides are communist, the coding reads as coded.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Threat and rift for' }),
      'CHN-RUS',
    )
    await user.hover(yearIn('China–USSR / Russia: party rift', 1965))
    const soviet = screen.getByRole('heading', { name: 'China–Soviet Union, 1965' }).parentElement!
    expect(soviet).toHaveTextContent('History: party rift')
    expect(soviet).not.toHaveTextContent('not applicable')
    // In 1995 Russia is not communist; a scenario that keeps it communist makes the rift count.
    await user.hover(yearIn('China–USSR / Russia: party rift', 1995))
    const russia = () => screen.getByRole('heading', { name: 'China–Russia, 1995' }).parentElement!
    expect(russia()).toHaveTextContent('History: not applicable')
    act(() => useExplorerStore.getState().toggleCell('regime', 'RUS', 1995))
    expect(russia()).toHaveTextContent(
      'History: not applicable · Scenario: no party rift (regimes changed)',
    )
  })

  it("edits the chosen pair's threat and rift, and follows the timeline's focus", async () => {
    const user = renderEditor()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Threat and rift for' }),
      'CHN-RUS',
    )
    await user.click(yearIn('China–USSR / Russia: party rift', 1965))
    expect(useExplorerStore.getState().scenario.rift).toEqual({ 'CHN-RUS': { 1965: false } })
    await user.click(yearIn('China–USSR / Russia: shared threat', 1965))
    expect(useExplorerStore.getState().scenario.threat).toEqual({ 'CHN-RUS': { 1965: 'no' } })
    act(() => screen.getByRole('slider', { name: /^Vietnam–Laos:/ }).focus())
    expect(screen.getByRole('combobox', { name: 'Threat and rift for' })).toHaveValue('VNM-LAO')
  })
})
