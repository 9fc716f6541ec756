import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '@/app/app'

describe('App', () => {
  it('states the theory in one sentence', () => {
    render(<App />)
    expect(
      screen.getByRole('heading', { level: 1, name: 'Alliance Counterfactual Explorer' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/ally only with a state that shares/)).toBeInTheDocument()
  })

  it('shows how well the model fits history for every pair, by name', () => {
    render(<App />)
    const table = screen.getByRole('table', { name: /agreement with history per pair/i })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(11)
    const vietnamUs = within(table).getByRole('rowheader', {
      name: 'Socialist Republic of Vietnam – United States',
    })
    // The essay's key negative case: shared threat, no shared ideology, no alliance: a perfect fit.
    expect(vietnamUs.closest('tr')).toHaveTextContent('100%')
  })
})
