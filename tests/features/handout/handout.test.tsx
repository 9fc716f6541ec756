import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ARGUMENT } from '@/data/argument'
import { DATA_VERSION } from '@/data/version'
import { Handout } from '@/features/handout/handout'
import { useExplorerStore } from '@/store/explorer-store'

describe('the printed handout', () => {
  it('says in its credit which data version it was printed from', () => {
    render(<Handout />)
    expect(screen.getByRole('region', { name: 'Printable handout' })).toHaveTextContent(
      `Made with the Alliance Counterfactual Explorer, data version ${DATA_VERSION}.`,
    )
  })

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

  it('sets the baseline beside every figure a scenario moves, and only then', () => {
    render(<Handout />)
    const fit = () =>
      within(screen.getByRole('region', { name: 'Printable handout' })).getByRole('heading', {
        name: 'How well the model fits',
      }).nextElementSibling!.textContent!
    expect(fit()).toMatch(/Accuracy 93\.1%; \d+ hits; /)
    expect(fit()).not.toMatch(/baseline \d/)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(fit()).toContain('Accuracy 88.8%, baseline 93.1%;')
    // The false alarms it adds, with the baseline's count beside them.
    expect(fit()).toMatch(/\d+ false alarms, baseline \d+/)
  })
})
