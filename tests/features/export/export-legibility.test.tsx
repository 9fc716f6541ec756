import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { CaseSpreadChart } from '@/features/class-results/case-spread-chart'
import { PredictionResults } from '@/features/class-results/prediction-results'
import { NetworkView } from '@/features/network/network-view'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { CODING_ITEMS } from '@/data/coding-items'
import { answersFromHands, classResults } from '@/model/class-reading'
import { useExplorerStore } from '@/store/explorer-store'
import { catchDownloads } from '../../downloads'

/**
 * An exported chart goes on a slide. Shown 1024 pixels wide by a projector, every piece of its
 * text (title, reading, row and axis labels, legend, caption, credit) must show at 18 px or more,
 * and the chart must use the width of the picture.
 */
const PROJECTED = 1024
const LEGIBLE_PX = 18

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

async function exportSvg(chart: ReactElement) {
  render(chart)
  await userEvent.click(screen.getByRole('button', { name: 'Download chart (SVG)' }))
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 })
  const doc = new DOMParser().parseFromString(await downloads[0]!.blob.text(), 'image/svg+xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  return doc.documentElement as unknown as SVGSVGElement
}

const num = (v: string | null) => (v === null ? NaN : parseFloat(v))

/** The font size a text element is drawn at, in the units of the whole picture. */
function drawnFontSize(text: Element, root: Element): number {
  let size = NaN
  let scale = 1
  for (let e: Element | null = text; e; e = e.parentElement) {
    if (Number.isNaN(size) && e.getAttribute('font-size')) size = num(e.getAttribute('font-size'))
    // A nested <svg> scales its content from its viewBox to its width.
    if (e !== root && e.tagName === 'svg' && e.getAttribute('viewBox')) {
      const vbWidth = Number(e.getAttribute('viewBox')!.split(/[\s,]+/)[2])
      scale *= num(e.getAttribute('width')) / vbWidth
    }
    expect(e.getAttribute('transform') ?? '', 'no scaled groups').not.toMatch(/scale|matrix/)
  }
  return size * scale
}

function expectLegibleWhenProjected(root: SVGSVGElement) {
  const width = num(root.getAttribute('width'))
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${root.getAttribute('height')}`)
  const texts = [...root.querySelectorAll('text')].filter((t) => t.textContent!.trim())
  expect(texts.length).toBeGreaterThan(10)
  const projected = texts.map((t) => ({
    text: t.textContent!.slice(0, 40),
    px: (drawnFontSize(t, root) * PROJECTED) / width,
  }))
  const smallest = projected.reduce((a, b) => (b.px < a.px ? b : a))
  expect(smallest.px, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(LEGIBLE_PX)
  // The chart fills the picture between its margins: no small chart in a wide canvas.
  const chart = root.querySelector(':scope > svg')!
  expect(num(chart.getAttribute('width'))).toBeGreaterThanOrEqual(0.9 * width)
  return { width, smallest: smallest.px }
}

describe('exported charts, projected 1024 px wide', () => {
  it('keep every text of the timeline at 18 px or more, whatever the width on screen', async () => {
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const root = await exportSvg(<TimelineChart width={1400} />)
    expectLegibleWhenProjected(root)
    expect(root.querySelectorAll('[data-dyad]')).toHaveLength(11)
    expect(root.textContent).toContain('Counterfactual: Russian Federation communist 1992–2026')
    // The row labels and the year the scenario first moves a prediction are in the picture.
    expect(root.textContent).toContain('China–North Korea')
    expect(root.querySelector('.change-year, text[font-weight="700"]')).not.toBeNull()
  })

  it('keep the agreement chart and its legend legible', async () => {
    const root = await exportSvg(<AgreementChart width={1200} />)
    expectLegibleWhenProjected(root)
    expect(root.textContent).toContain('Model on the scenario')
  })

  it('keep the class charts, their axes, bar labels and legend legible', async () => {
    const predictions = await exportSvg(<PredictionResults width={600} />)
    expectLegibleWhenProjected(predictions)
    expect(predictions.textContent).toContain('1 before')
    expect(predictions.textContent).toContain('Unsure (?)')
    cleanup()
    downloads.length = 0
    const hands = { 'vnm-lao-1977': { yes: 2, no: 8 } }
    const results = classResults(CODING_ITEMS, answersFromHands(CODING_ITEMS, hands))
    const cases = await exportSvg(<CaseSpreadChart results={results} width={600} />)
    expectLegibleWhenProjected(cases)
    expect(cases.textContent).toContain('Case 1: No')
  })

  it('keep the network, its node labels and legend legible', async () => {
    const root = await exportSvg(<NetworkView />)
    expectLegibleWhenProjected(root)
    expect(root.textContent).toContain('Scenario differs from history')
    expect(root.textContent).toMatch(/China/)
  })
})
