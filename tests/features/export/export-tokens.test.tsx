import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { buildExportSvg, resolveTokens } from '@/features/export/chart-export'
import { exportText } from '@/features/export/caption'
import { NetworkView } from '@/features/network/network-view'
import { useExplorerStore } from '@/store/explorer-store'

/*
 * A standalone SVG cannot look up the page's design tokens, so an export carries the values the
 * page shows when it is made: in projector mode, projector colours and widths.
 */
const root = document.documentElement
const setTokens = (tokens: Record<string, string>) => {
  for (const [name, value] of Object.entries(tokens)) root.style.setProperty(name, value)
}
const STANDARD = {
  '--ink': 'rgb(27, 31, 36)',
  '--muted': 'rgb(74, 85, 96)',
  '--paper': 'white',
  '--history': 'rgb(27, 31, 36)',
  '--line-history': '3px',
}
const PROJECTOR = { ...STANDARD, '--ink': 'black', '--history': 'black', '--line-history': '5px' }

afterEach(() => root.removeAttribute('style'))

function exportNetwork() {
  const { container, unmount } = render(<NetworkView />)
  act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
  const svg = container.querySelector<SVGSVGElement>('svg.network-svg')!
  const text = buildExportSvg({
    svg,
    title: 'Alliance network in 1992',
    text: exportText(useExplorerStore.getState()),
  })
  unmount()
  return new DOMParser().parseFromString(text, 'image/svg+xml').documentElement
}

const historyLine = (doc: Element) => doc.querySelector<SVGElement>('[data-series="history"]')!

describe('exported charts carry the tokens as values', () => {
  it('looks a token up on the root, with its fallback when it is not set', () => {
    setTokens({ '--ink': 'black' })
    expect(resolveTokens('var(--ink)')).toBe('black')
    expect(resolveTokens('var(--nowhere, white)')).toBe('white')
    expect(resolveTokens('3px')).toBe('3px')
  })

  it('writes no token reference into the file, and follows projector mode', () => {
    setTokens(STANDARD)
    const standard = exportNetwork()
    expect(standard.outerHTML).not.toContain('var(')
    expect(historyLine(standard).style.getPropertyValue('stroke')).toBe('rgb(27, 31, 36)')
    expect(historyLine(standard).style.getPropertyValue('stroke-width')).toBe('3px')

    setTokens(PROJECTOR)
    const projector = exportNetwork()
    expect(projector.outerHTML).not.toContain('var(')
    expect(historyLine(projector).style.getPropertyValue('stroke')).toBe('black')
    expect(historyLine(projector).style.getPropertyValue('stroke-width')).toBe('5px')
    // The frame's title is in the page's ink too.
    expect(projector.querySelector('text')!.getAttribute('fill')).toBe('black')
  })
})
