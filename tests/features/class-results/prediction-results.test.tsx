import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PredictionResults } from '@/features/class-results/prediction-results'

describe('predictions before the reveal', () => {
  it('charts the hands counted per exercise, labels each bar, and says it in words', async () => {
    const user = userEvent.setup()
    const { container } = render(<PredictionResults width={700} />)
    expect(screen.getByText('No predictions counted yet.')).toBeInTheDocument()
    await user.type(screen.getByRole('spinbutton', { name: 'Russia stays communist: yes' }), '12')
    await user.type(screen.getByRole('spinbutton', { name: 'Russia stays communist: no' }), '7')
    await user.type(
      screen.getByRole('spinbutton', { name: 'Russia stays communist: changed their mind' }),
      '5',
    )
    expect(
      screen.getByText('1. Russia stays communist: 12 yes, 7 no, 0 unsure; 5 changed their mind.'),
    ).toBeInTheDocument()
    // The bars carry their numbers, so colour is not the only key.
    const labels = [...container.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    )
    expect(labels).toEqual(expect.arrayContaining(['12', '7']))
    expect(screen.getByRole('button', { name: 'Download chart (PNG)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download chart (SVG)' })).toBeInTheDocument()
  })
})
