import { readFileSync } from 'node:fs'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { showOnTimeline } from '@/features/timeline/show-on-timeline'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { TIMELINE_VIEW_KEY, useTimelineView } from '@/features/timeline/timeline-view-store'
import { readUserCases } from '@/share/user-cases'
import { useExplorerStore } from '@/store/explorer-store'
import { loadLibrary } from './case-library-fixture'

const rows = () => screen.getAllByRole('slider')
const rowNames = () => rows().map((r) => r.getAttribute('data-dyad'))
const group = (name: RegExp) => screen.getByRole('button', { name })

describe('the timeline with the essay’s eleven pairs only', () => {
  it('draws no group header and offers no finding tools, as before the case library', () => {
    render(<TimelineChart width={1100} />)
    expect(rows()).toHaveLength(11)
    expect(screen.queryByRole('button', { expanded: true })).toBeNull()
    expect(screen.queryByRole('searchbox', { name: 'Find a pair' })).toBeNull()
    expect(screen.queryByRole('checkbox', { name: 'Compact rows' })).toBeNull()
    // The data's order, unchanged.
    expect(rowNames().slice(0, 4)).toEqual(['CHN-RUS', 'CHN-PRK', 'CHN-VNM', 'CHN-USA'])
  })
})

describe('the timeline with a user’s own case', () => {
  it('puts the user’s pair under its own header, apart from the essay’s cases', () => {
    // The template's state under an id of its own, whatever states the library holds.
    const file = readFileSync('public/case-template.json', 'utf8').replaceAll('CUB', 'QQX')
    const cases = readUserCases(file, 'json').cases!
    act(() => void useExplorerStore.getState().setUserCases(cases))
    render(<TimelineChart width={1100} />)
    const own = useExplorerStore.getState().base.source.dyads.filter((d) => d.userCase)
    expect(own.length).toBeGreaterThan(0)
    expect(group(/^The essay's cases, 11 pairs$/)).toBeInTheDocument()
    expect(group(/^Your own cases, \d+ pairs?$/)).toBeInTheDocument()
    expect(rowNames().slice(-own.length)).toEqual(own.map((d) => d.id))
  })
})

describe('the timeline with the out-of-sample library', () => {
  beforeEach(() => loadLibrary())

  it('groups the rows by case set, and by focal state within a set', () => {
    render(<TimelineChart width={1100} />)
    expect(rows()).toHaveLength(14)
    expect(group(/^The essay's cases, 11 pairs$/)).toHaveAttribute('aria-expanded', 'true')
    expect(group(/^Out of sample, 3 pairs$/)).toHaveAttribute('aria-expanded', 'true')
    // The essay's pairs first, China's together (China–Cambodia moves up to them), then the
    // library's, Yugoslavia's before Albania's as in the data's list of states.
    expect(rowNames()).toEqual([
      'CHN-RUS',
      'CHN-PRK',
      'CHN-VNM',
      'CHN-USA',
      'CHN-KHM',
      'VNM-RUS',
      'VNM-PRK',
      'VNM-LAO',
      'VNM-USA',
      'VNM-KHM',
      'PRK-RUS',
      'YUG-RUS',
      'ALB-RUS',
      'ALB-CHN',
    ])
    // Each header's words are on the chart too, so an exported image has them.
    const headers = document.querySelectorAll('svg.timeline-svg .group-header')
    expect([...headers].map((h) => h.textContent)).toEqual([
      "The essay's cases · 11 pairs",
      'Out of sample · 3 pairs',
    ])
  })

  it('folds and unfolds a group from the keyboard', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    const essay = group(/^The essay's cases/)
    act(() => essay.focus())
    await user.keyboard('{Enter}')
    expect(essay).toHaveAttribute('aria-expanded', 'false')
    expect(rowNames()).toEqual(['YUG-RUS', 'ALB-RUS', 'ALB-CHN'])
    // Folded, the header still says what it holds.
    expect(document.querySelector('.group-header[data-group="essay"]')).toHaveTextContent(
      "The essay's cases · 11 pairs (folded)",
    )
    await user.tab()
    expect(group(/^Out of sample/)).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.queryAllByRole('slider')).toHaveLength(0)
    await user.keyboard('{Enter}')
    await user.tab({ shift: true })
    await user.keyboard('{Enter}')
    expect(rows()).toHaveLength(14)
    // Kept on this device, so a reload keeps the groups as they were.
    await user.click(essay)
    expect(JSON.parse(localStorage.getItem(TIMELINE_VIEW_KEY)!)).toEqual({
      collapsed: ['essay'],
      compact: false,
    })
  })

  it('finds pairs by name, and the clear button shows them all again', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    const search = screen.getByRole('searchbox', { name: 'Find a pair' })
    await user.type(search, 'alb')
    expect(rowNames()).toEqual(['ALB-RUS', 'ALB-CHN'])
    // Said as a status (the export buttons beside it have theirs).
    expect(screen.getByText('2 of 14 pairs match.')).toHaveAttribute('role', 'status')
    // The essay's group has nothing that matches: no header for it.
    expect(screen.queryByRole('button', { name: /^The essay's cases/ })).toBeNull()
    expect(group(/^Out of sample, 2 pairs$/)).toBeInTheDocument()
    // Every name a state had counts: "soviet" finds the pairs with the USSR / Russia.
    await user.clear(search)
    await user.type(search, 'soviet yugo')
    expect(rowNames()).toEqual(['YUG-RUS'])
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(search).toHaveValue('')
    expect(search).toHaveFocus()
    expect(rows()).toHaveLength(14)
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull()
  })

  it('shows one state’s pairs, and no more than the checklist allows', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    const state = screen.getByRole('combobox', { name: 'State' })
    await user.selectOptions(state, 'Albania')
    expect(rowNames()).toEqual(['ALB-RUS', 'ALB-CHN'])
    await user.selectOptions(state, 'North Korea')
    expect(rowNames()).toEqual(['CHN-PRK', 'VNM-PRK', 'PRK-RUS'])
    // A pair unticked in "Pairs shown" stays hidden under the filter.
    await user.click(screen.getByText(/^Pairs shown \(14 of 14\)/, { selector: 'summary' }))
    await user.click(screen.getByRole('checkbox', { name: 'Vietnam–North Korea' }))
    expect(rowNames()).toEqual(['CHN-PRK', 'PRK-RUS'])
    await user.selectOptions(state, 'All states')
    expect(rows()).toHaveLength(13)
    expect(screen.getByText(/^Pairs shown \(13 of 14\)/, { selector: 'summary' })).toBeVisible()
  })

  it('draws compact rows on request, never less than 24 px tall', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    const heights = () =>
      rows().map((r) => Number(r.querySelector('.row-hit')!.getAttribute('height')))
    const svgHeight = () =>
      Number(document.querySelector('svg.timeline-svg')!.getAttribute('height'))
    const before = heights()
    const tallBefore = svgHeight()
    // A scenario gives one row its third band, the tallest kind of row.
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const fullBefore = Math.max(...heights())
    await user.click(screen.getByRole('checkbox', { name: 'Compact rows' }))
    expect(Math.max(...heights())).toBeLessThan(fullBefore)
    act(() => useExplorerStore.getState().resetScenario())
    const after = heights()
    for (const [k, h] of after.entries()) expect(h).toBeLessThanOrEqual(before[k]!)
    expect(Math.min(...after)).toBeGreaterThanOrEqual(24)
    expect(svgHeight()).toBeLessThan(tallBefore)
    expect(useTimelineView.getState().compact).toBe(true)
    expect(JSON.parse(localStorage.getItem(TIMELINE_VIEW_KEY)!)).toMatchObject({ compact: true })
  })

  it('draws the years a state did not exist as absent, with words, never as "no alliance"', () => {
    render(<TimelineChart width={1100} />)
    const yug = screen.getByRole('slider', { name: /^Yugoslavia–USSR \/ Russia/ })
    const absent = yug.querySelector('.absent')!
    expect(absent.getAttribute('data-years')).toBe('1993-2026')
    expect(absent).toHaveTextContent('did not exist')
    // Not hatched as a gap in the data either.
    expect(yug.querySelector('.not-covered')).toBeNull()
    const legend = document.querySelector('g.legend')!
    expect(legend).toHaveTextContent('State did not exist (not scored)')

    act(() => useExplorerStore.getState().setFocus({ dyad: 'YUG-RUS', year: 2000 }))
    expect(yug).toHaveAttribute(
      'aria-valuetext',
      '2000: Yugoslavia did not exist, so the pair has no dyad-year',
    )
    expect(yug.getAttribute('aria-valuetext')).not.toMatch(/no alliance/)
    const details = screen.getByRole('heading', { name: /2000$/ }).closest('.focus-details')!
    expect(details).toHaveTextContent('Yugoslavia did not exist in 2000')
    expect(details).not.toHaveTextContent(/no alliance/)
    // A year it did exist reads as before.
    act(() => useExplorerStore.getState().setFocus({ dyad: 'YUG-RUS', year: 1960 }))
    expect(yug).toHaveAttribute('aria-valuetext', '1960: history no alliance, baseline alliance')

    const twin = within(screen.getByText('The timeline as text').closest('details')!)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.startsWith('Yugoslavia'))!
    expect(twin).toHaveTextContent('allied in history none (Yugoslavia did not exist in 1993–2026)')
  })

  it('names absent years in the legend only while a pair shown has them', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    const legend = () => document.querySelector('g.legend')!
    expect(legend()).toHaveTextContent('State did not exist')
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Albania')
    expect(legend()).not.toHaveTextContent('State did not exist')
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Yugoslavia')
    expect(legend()).toHaveTextContent('State did not exist')
    // Years before the break-up only: nothing absent in view.
    act(() => useExplorerStore.getState().setYearRange(1950, 1990))
    expect(legend()).not.toHaveTextContent('State did not exist')
  })

  it('shows a pair asked for from elsewhere (the network), whatever hides its row', async () => {
    const user = userEvent.setup()
    render(<TimelineChart width={1100} />)
    await user.click(group(/^Out of sample/))
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'North Korea')
    await user.type(screen.getByRole('searchbox', { name: 'Find a pair' }), 'china')
    expect(screen.queryByRole('slider', { name: /^Yugoslavia/ })).toBeNull()
    act(() => showOnTimeline('YUG-RUS', 1960))
    expect(screen.getByRole('slider', { name: /^Yugoslavia/ })).toHaveAttribute(
      'aria-valuenow',
      '1960',
    )
    expect(group(/^Out of sample/)).toHaveAttribute('aria-expanded', 'true')
  })
})
