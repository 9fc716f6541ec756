import { render, screen } from '@testing-library/react'
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
