import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it } from 'vitest'
import { lazyPart } from '@/ui/lazy-part'
import { PanelBoundary } from '@/ui/panel-boundary'

function Shown({ label }: { label: string }) {
  return <p>{label}</p>
}

/** A part inside the panel around it, next to the rest of the panel. */
function panelWith(load: () => Promise<typeof Shown>) {
  const Part = lazyPart(load, 'The citations')
  return (
    <PanelBoundary name="the share and save buttons">
      <button type="button">Save scenario</button>
      <Suspense fallback={<p>Loading…</p>}>
        <Part label="Cite as: Vu (2026)" />
      </Suspense>
    </PanelBoundary>
  )
}

describe('a part of the page that loads when opened', () => {
  it('shows the part once its file has loaded, with its props', async () => {
    render(panelWith(() => Promise.resolve(Shown)))
    expect(await screen.findByText('Cite as: Vu (2026)')).toBeInTheDocument()
  })

  it('whose file is gone after a deploy says so, and the panel around it keeps working', async () => {
    render(
      panelWith(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
    )
    expect(await screen.findByText(/^The citations could not be loaded/)).toHaveTextContent(
      'Reload the page to try again; your work is kept.',
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save scenario' })).toBeInTheDocument()
  })
})
