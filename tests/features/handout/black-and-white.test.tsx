import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { NetworkView } from '@/features/network/network-view'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { useExplorerStore } from '@/store/explorer-store'
import { catchDownloads } from '../../downloads'

/**
 * On a black-and-white photocopy colours turn to greys. Every series the handout's chart and the
 * exported images show must differ from the others in its pattern or line style, and be named in
 * words, never told apart by colour alone.
 */

afterEach(() => vi.restoreAllMocks())

/** A pattern's shape with its colours and opacities left out: what a photocopy keeps. */
function patternShape(doc: ParentNode, fill: string): string {
  const id = /^url\(#(.+)\)$/.exec(fill)?.[1]
  const pattern = id ? doc.querySelector(`pattern#${id}`) : null
  if (!pattern) return `no pattern: ${fill}`
  const keep = ['width', 'height', 'x', 'y', 'patternTransform']
  const attrs = (e: Element) => keep.map((k) => `${k}=${e.getAttribute(k) ?? ''}`).join(' ')
  return [attrs(pattern), ...[...pattern.children].map((c) => `${c.tagName} ${attrs(c)}`)].join(
    '; ',
  )
}

describe('in black and white', () => {
  it('the timeline (the handout chart) tells every series apart by pattern or shape, and names it', () => {
    const { container } = render(<TimelineChart width={700} />)
    // A scenario that moves a prediction, so every series and mark is drawn and in the legend
    // (at rest the chart shows history and the model only).
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    const entries = [...container.querySelectorAll('g.legend > g')].map((g) => {
      const swatch = g.querySelector('rect')
      return {
        label: g.querySelector('text')?.textContent ?? '',
        fill: swatch?.getAttribute('fill') ?? 'marker',
        shape: swatch ? patternShape(container, swatch.getAttribute('fill')!) : 'triangle marker',
      }
    })
    expect(entries.length).toBeGreaterThanOrEqual(5)
    for (const e of entries) expect(e.label.trim().length, e.fill).toBeGreaterThan(5)
    expect(entries.some((e) => e.shape.startsWith('no pattern'))).toBe(false)
    expect(new Set(entries.map((e) => e.shape)).size, JSON.stringify(entries, null, 1)).toBe(
      entries.length,
    )
    // The bands of the rows use the legend's patterns, so the legend decodes the photocopy.
    for (const series of ['history', 'baseline', 'scenario']) {
      const fills = new Set(
        [...container.querySelectorAll(`[data-series="${series}"] rect:not(.band-track)`)]
          .map((r) => r.getAttribute('fill'))
          .filter((f) => f !== 'url(#pattern-not-covered)'),
      )
      expect(
        [...fills].every((f) => entries.some((e) => e.fill === f)),
        series,
      ).toBe(true)
    }
  })

  it('the network tells history, baseline and scenario apart by dash and width, and names them', () => {
    const { container } = render(<NetworkView />)
    const entries = [...container.querySelectorAll('.network-legend > g')].map((g) => {
      const line = g.querySelector('line')!
      // The width is a design token (set in the style) or a number.
      const width = line.style.strokeWidth || line.getAttribute('stroke-width')
      return {
        label: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        style: `${line.getAttribute('stroke-dasharray') ?? 'solid'} ${width}`,
      }
    })
    expect(entries.map((e) => e.label)).toEqual([
      'History',
      'Model on history (baseline)',
      'Model on the scenario',
      '≠ Scenario differs from history',
    ])
    expect(new Set(entries.map((e) => e.style)).size).toBe(entries.length)
  })

  it('the exported agreement chart draws its two lines solid and dashed, each named', async () => {
    const downloads = catchDownloads()
    render(<AgreementChart width={700} />)
    await userEvent.click(screen.getByRole('button', { name: 'Download chart (SVG)' }))
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 })
    const doc = new DOMParser().parseFromString(await downloads[0]!.blob.text(), 'image/svg+xml')
    // The legend drawn into the file, under the chart: a line and its name per series.
    const legend = [...doc.documentElement.querySelectorAll(':scope > line')].map((l) => ({
      dash: l.getAttribute('stroke-dasharray') ?? 'solid',
      label: l.nextElementSibling?.textContent,
    }))
    expect(legend).toEqual([
      { dash: 'solid', label: 'Model on history (baseline)' },
      { dash: '7 4', label: 'Model on the scenario' },
    ])
    // And the plotted lines carry the same styles.
    const plotted = [...doc.querySelectorAll('.recharts-line path.recharts-curve')].map(
      (p) => p.getAttribute('stroke-dasharray') ?? 'solid',
    )
    expect(new Set(plotted).size).toBe(2)
  })
})
