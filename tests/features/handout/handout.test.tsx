import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ARGUMENT } from '@/data/argument'
import { Handout } from '@/features/handout/handout'

describe('Handout', () => {
  it("prints the essay's argument in brief, one line per point and no buttons", () => {
    render(<Handout />)
    const handout = screen.getByLabelText('Printable handout', { selector: 'section' })
    const heading = within(handout).getByRole('heading', { name: 'The argument in brief' })
    const list = heading.nextElementSibling as HTMLElement
    const lines = within(list).getAllByRole('listitem')
    expect(lines).toHaveLength(ARGUMENT.length)
    expect(lines[0]).toHaveTextContent('Party and army: a common enemy alone is not enough')
    expect(lines.at(-1)).toHaveTextContent('Three Nos: the US shares the threat, not the creed')
    expect(within(handout).queryByRole('button')).not.toBeInTheDocument()
  })
})
