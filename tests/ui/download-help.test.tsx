import { render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExportButtons } from '@/features/export/export-buttons'
import { decodeLink } from '@/share/link'
import { useExplorerStore } from '@/store/explorer-store'

function Chart() {
  const ref = useRef<HTMLDivElement>(null)
  return (
    <div ref={ref}>
      <ExportButtons target={ref} selector="svg" chart="timeline" title="Timeline" />
    </div>
  )
}

afterEach(() => vi.restoreAllMocks())

describe('download controls in an embedded explorer', () => {
  it('explain how to download, with a link that opens the explorer in a new tab', () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window)
    window.history.replaceState(null, '', '/#v=1&r=RUS:c1992-2026')
    render(<Chart />)
    for (const name of ['Download chart (PNG)', 'Download chart (SVG)']) {
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(
        /downloads may be blocked.*open the explorer in a new tab/,
      )
    }
    const link = screen.getByRole('link', { name: 'open the explorer in a new tab' })
    expect(link).toHaveAttribute('target', '_blank')
    expect(link.getAttribute('href')).toMatch(/#v=1&r=RUS:c1992-2026$/)
  })

  it('opens the latest work, though the address bar is written a moment after a change', () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window)
    window.history.replaceState(null, '', '/')
    render(<Chart />)
    // A preset pressed just before the link: no autosave has written the address bar yet.
    useExplorerStore.getState().togglePreset('russia-stays-communist')
    const link = screen.getByRole('link', { name: 'open the explorer in a new tab' })
    link.addEventListener('click', (e) => e.preventDefault())
    link.click()
    const fragment = new URL(link.getAttribute('href')!).hash.slice(1)
    const opened = decodeLink(fragment, useExplorerStore.getState().library)
    expect(opened.problems).toEqual([])
    expect(opened.session?.scenario).toEqual(useExplorerStore.getState().scenario)
    expect(opened.session?.scenario.regime.RUS?.[2000]).toBe('communist')
    expect(window.location.hash).toBe('')
  })

  it('say nothing more when the explorer is a page of its own', () => {
    render(<Chart />)
    expect(
      screen.getByRole('button', { name: 'Download chart (PNG)' }),
    ).not.toHaveAccessibleDescription()
    expect(screen.queryByRole('link')).toBeNull()
  })
})
