import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { Handout } from '@/features/handout/handout'

describe('the printed handout', () => {
  it('says in its credit which data version it was printed from', () => {
    render(<Handout />)
    expect(screen.getByRole('region', { name: 'Printable handout' })).toHaveTextContent(
      `Made with the Alliance Counterfactual Explorer, data version ${DATA_VERSION}.`,
    )
  })
})
