import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateDataset } from '@/data/synthetic'
import { compileDataset } from '@/model/compile'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { longestLabels, WINDOWED_ROWS } from '@/features/timeline/row-window'
import { resetStore, useExplorerStore } from '@/store/explorer-store'

/** A few more pairs than are drawn whole, over a few years (the 50× data has 500 over 78). */
const MANY = compileDataset(
  generateDataset({ states: 40, dyads: WINDOWED_ROWS + 10, years: 10, firstYear: 1985, seed: 3 }),
)

/** Where the chart's top edge is, relative to the window (jsdom lays nothing out). */
let chartTop = 0

beforeEach(() => {
  resetStore(useExplorerStore, MANY, [])
  chartTop = 0
  vi.spyOn(SVGSVGElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => new DOMRect(0, chartTop, 960, 20_000),
  )
})
afterEach(() => {
  vi.restoreAllMocks()
})

// The rows drawn, as the sliders they are (queried by selector: role queries over a few thousand
// elements are slow in jsdom).
const pairs = () =>
  [...document.querySelectorAll('svg.timeline-svg [role="slider"]')].map((r) =>
    r.getAttribute('data-dyad'),
  )
const ids = () => useExplorerStore.getState().base.dyads.map((d) => d.id)

/** Scrolls the window so the chart's top is `top` pixels from the window's, and lets it settle. */
async function scrollChartTo(top: number) {
  chartTop = top
  await act(async () => {
    window.dispatchEvent(new Event('scroll'))
    await new Promise((r) => requestAnimationFrame(r))
  })
}

describe('the timeline of hundreds of pairs', () => {
  it('draws on screen the rows near the window, the next ones as the page scrolls, and the row holding the keyboard', async () => {
    const { container } = render(<TimelineChart />)
    const all = ids()
    expect(all.length).toBeGreaterThan(WINDOWED_ROWS)
    // At the top: the first pairs, in order, a few screens of them, not all.
    const first = pairs()
    expect(first.length).toBeGreaterThan(20)
    expect(first.length).toBeLessThan(all.length * 0.75)
    expect(first).toEqual(all.slice(0, first.length))
    // The label column is measured on the longest labels too, drawn out of sight.
    const probe = container.querySelector('.label-probe')!
    expect(probe.getAttribute('aria-hidden')).toBe('true')
    expect(probe.getAttribute('visibility')).toBe('hidden')
    expect(probe.querySelectorAll('.row-label').length).toBeGreaterThan(0)

    // Further down the page: the pairs there are drawn and the first ones are not.
    await scrollChartTo(-3_000)
    const later = pairs()
    expect(later).not.toContain(all[0])
    expect(later).toContain(all.at(-1))
    const start = all.indexOf(later[0]!)
    expect(start).toBeGreaterThan(0)
    expect(later).toEqual(all.slice(start))
    // The chart keeps the height of every row, so the page scrolls as if all were drawn.
    const svg = container.querySelector('svg.timeline-svg')!
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(3_000)

    // The keyboard's row is drawn wherever the window is.
    act(() => useExplorerStore.getState().setFocus({ dyad: all[0]!, year: 1990 }))
    expect(pairs()[0]).toBe(all[0])
  })

  it('draws every row in an export, at a fixed width', () => {
    render(<TimelineChart width={1200} />)
    expect(pairs()).toEqual(ids())
  })
})

describe('the longest labels', () => {
  it('are the longest in characters, each once', () => {
    expect(longestLabels(['a', 'ccc', 'bb', 'ccc', 'dddd'], 2)).toEqual(['dddd', 'ccc'])
  })
})
