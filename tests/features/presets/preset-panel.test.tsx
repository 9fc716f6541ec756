import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PresetPanel } from '@/features/presets/preset-panel'

describe('the preset buttons', () => {
  it('describe each scenario in plain words, read with the button', () => {
    render(<PresetPanel />)
    const russia = screen.getByRole('button', { name: 'Russia stays communist' })
    expect(russia).toHaveAccessibleDescription(
      'In 1991 the Soviet Union breaks up, but the Communist Party keeps power in Moscow. Does Vietnam keep its 1978 treaty with Moscow? Do China and Russia become allies again once both face the United States?',
    )
    const sea = screen.getByRole('button', { name: 'No South China Sea dispute' })
    expect(sea).toHaveAccessibleDescription(/^After 1991 China and Vietnam settle their quarrels/)
    expect(sea).not.toHaveAccessibleDescription(/criteria|maritime/)
  })
})

describe('the scenario panel under the presets', () => {
  it('reads out the preset under the pointer or the keyboard, else the one last pressed', async () => {
    const user = userEvent.setup()
    render(<PresetPanel />)
    const russia = screen.getByRole('button', { name: 'Russia stays communist' })
    const split = screen.getByRole('button', { name: 'No Sino-Soviet split' })
    const russiaText = screen.getByText(/^In 1991 the Soviet Union breaks up/)
    const splitText = screen.getByText(/^China and the Soviet Union never fall out/)
    const howTo = screen.getByText(/^Press one or more to change history/)
    expect(howTo).toBeVisible()
    expect(russiaText).not.toBeVisible()

    await user.hover(split)
    expect(splitText).toBeVisible()
    expect(howTo).not.toBeVisible()
    await user.unhover(split)
    expect(howTo).toBeVisible()

    await user.click(russia)
    await user.unhover(russia)
    expect(russiaText).toBeVisible()
    // The keyboard shows a preset as the pointer does.
    await user.tab()
    expect(split).toHaveFocus()
    expect(splitText).toBeVisible()
    expect(russiaText).not.toBeVisible()
    // With neither, the panel keeps the scenario last pressed.
    act(() => split.blur())
    expect(russiaText).toBeVisible()
    expect(splitText).not.toBeVisible()
  })
})
