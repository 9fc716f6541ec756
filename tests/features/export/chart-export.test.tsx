import { act, render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { exportFileName, exportText, scenarioSlug } from '@/features/export/caption'
import { buildExportSvg, EXPORT_WIDTH, wrapText } from '@/features/export/chart-export'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { useExplorerStore } from '@/store/explorer-store'

const store = () => useExplorerStore.getState()

describe('chart export', () => {
  it('names files by chart and scenario', () => {
    expect(exportFileName(store(), 'timeline', 'png')).toBe(
      'alliance-explorer_timeline_history.png',
    )
    act(() => store().togglePreset('russia-stays-communist'))
    expect(exportFileName(store(), 'timeline', 'png')).toBe(
      'alliance-explorer_timeline_russia-stays-communist.png',
    )
    act(() => store().togglePreset('north-korea-abandons-communism'))
    act(() => store().toggleCell('regime', 'LAO', 1960))
    expect(scenarioSlug(store())).toBe(
      'russia-stays-communist+north-korea-abandons-communism+custom',
    )
    act(() => store().resetScenario())
    act(() => store().toggleCell('regime', 'LAO', 1960))
    expect(scenarioSlug(store())).toBe('custom')
  })

  it('captions the scenario in plain words, with the reading, the steps and the credit', () => {
    act(() => store().togglePreset('russia-stays-communist'))
    act(() => store().setRationale(store().log[0]!.id, 'what if Moscow stayed red'))
    const text = exportText(store())
    expect(text.changes).toEqual(['Counterfactual: Russian Federation communist 1992–2026'])
    expect(text.subtitle).toBe(
      "History: the essay's coding. Model: two criteria, strict ideology, contested threats count as shared.",
    )
    expect(text.log).toEqual([
      '1. Applied "Russia stays communist" (why: what if Moscow stayed red)',
    ])
    expect(text.credit).toMatch(/Khang Vu.*The Diplomat, May 2021.*Correlates of War.*ATOP/)
    expect(text.credit.endsWith(`data version ${DATA_VERSION}.`)).toBe(true)
  })

  it('captions a change across 1991 with the names of both periods, and only the rule’s readings', () => {
    act(() => store().setCells('regime', 'RUS', 1980, 1995, 'non-communist'))
    act(() => store().setCells('rift', 'VNM-RUS', 1970, 1975, true))
    act(() => store().setCells('rift', 'VNM-RUS', 1985, 1995, true))
    act(() => store().updateSettings({ rule: 'security-only' }))
    const text = exportText(store())
    expect(text.changes).toEqual([
      'Counterfactual: Soviet Union non-communist 1980–1991',
      'Counterfactual: North Vietnam–Soviet Union: party rift 1970–1975',
      'Counterfactual: Vietnam–USSR / Russia: party rift 1985–1995',
    ])
    expect(text.subtitle).toBe(
      "History: the essay's coding. Model: security only, contested threats count as shared.",
    )
  })

  it('writes a standalone SVG with the title, legend, caption and credit', () => {
    act(() => store().togglePreset('russia-stays-communist'))
    const { container } = render(<TimelineChart width={900} />)
    const svg = container.querySelector<SVGSVGElement>('svg.timeline-svg')!
    const text = buildExportSvg({
      svg,
      title: 'Alliances 1949–2026: history against the model',
      text: exportText(store()),
    })
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull()
    const root = doc.documentElement
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
    expect(Number(root.getAttribute('width'))).toBe(EXPORT_WIDTH)
    const words = root.textContent!
    expect(words).toContain('Alliances 1949–2026: history against the model')
    expect(words).toContain('Counterfactual: Russian Federation communist 1992–2026')
    expect(words).toContain('Model on scenario (bottom)') // the legend travels with the chart
    expect(words).toContain('two criteria')
    expect(words).toMatch(/Khang Vu/)
    // The picture says which data it was made on, in its credit and in its description.
    expect(words).toContain(
      `Made with the Alliance Counterfactual Explorer, data version ${DATA_VERSION}.`,
    )
    expect(root.querySelector('desc')?.textContent).toContain(`data version ${DATA_VERSION}`)
    expect(root.querySelectorAll('[data-dyad]')).toHaveLength(11)
    expect(root.querySelector('.focus-year')).toBeNull()
  })

  it('wraps long lines at spaces', () => {
    expect(wrapText('one two three four five', 10)).toEqual(['one two', 'three four', 'five'])
  })
})
