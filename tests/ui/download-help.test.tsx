import { render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExportButtons } from '@/features/export/export-buttons'

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

  it('say nothing more when the explorer is a page of its own', () => {
    render(<Chart />)
    expect(
      screen.getByRole('button', { name: 'Download chart (PNG)' }),
    ).not.toHaveAccessibleDescription()
    expect(screen.queryByRole('link')).toBeNull()
  })
})
