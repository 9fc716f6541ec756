import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Source } from '@/model/types'
import { SourceList } from '@/ui/source-list'

const SOURCES: Source[] = [
  { id: 'A1', title: 'A dataset, at its own site', url: 'https://example.org/a1' },
  { id: 'B2', title: 'A. Author, A Printed Book (Press, 2009), p. 12 (book, not linked)' },
]

describe('SourceList', () => {
  it('links a source that has a page, titled with what it is', () => {
    render(<SourceList ids={['A1']} sources={SOURCES} />)
    const link = screen.getByRole('link', { name: 'A1' })
    expect(link).toHaveAttribute('href', 'https://example.org/a1')
    expect(link).toHaveAttribute('title', 'A dataset, at its own site')
  })

  it('shows a source without a page as plain text whose citation is still there to read', () => {
    render(<SourceList ids={['A1', 'B2']} sources={SOURCES} />)
    expect(screen.getAllByRole('link')).toHaveLength(1)
    const abbr = screen.getByTitle(SOURCES[1]!.title)
    expect(abbr.tagName).toBe('ABBR')
    expect(abbr).toHaveTextContent('B2')
    // A screen reader reads the citation in place, not only a tooltip a mouse can reach.
    expect(screen.getByText(/A Printed Book \(Press, 2009\), p\. 12/)).toBeInTheDocument()
  })
})
