import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetHandout, PageHandout, printHandout } from '@/features/handout/page-handout'

const handout = () => screen.queryByRole('region', { name: 'Printable handout' })

describe('the handout on the page', () => {
  beforeEach(() => forgetHandout())
  afterEach(() => vi.restoreAllMocks())

  it('is not part of the first render, and arrives once the page is shown', async () => {
    render(<PageHandout />)
    // Not in the first load's code: nothing of it is rendered with the page.
    expect(handout()).toBeNull()
    expect(await screen.findByRole('region', { name: 'Printable handout' })).toHaveTextContent(
      'The argument in brief',
    )
  })

  it('"Print handout" pressed before it has arrived prints once it is in the page', async () => {
    const printed: boolean[] = []
    vi.spyOn(window, 'print').mockImplementation(() => printed.push(handout() !== null))
    render(
      <>
        <button type="button" onClick={printHandout}>
          Print handout
        </button>
        <PageHandout />
      </>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Print handout' }))
    await waitFor(() => expect(printed).toEqual([true]))
    // Pressed again, with the handout there, it prints at once.
    await userEvent.click(screen.getByRole('button', { name: 'Print handout' }))
    await waitFor(() => expect(printed).toEqual([true, true]))
  })
})
