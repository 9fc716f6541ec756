import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PanelBoundary } from '@/ui/panel-boundary'

let fail = true
function Fragile() {
  if (fail) throw new Error('chart data missing')
  return <p>Chart drawn</p>
}

describe('PanelBoundary', () => {
  it('keeps a failure inside its panel and lets the user try again', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <PanelBoundary name="the timeline">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="the table">
          <p>Table still here</p>
        </PanelBoundary>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong in the timeline (chart data missing)',
    )
    expect(screen.getByText('Table still here')).toBeInTheDocument()
    fail = false
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Chart drawn')).toBeInTheDocument()
    quiet.mockRestore()
  })
})
