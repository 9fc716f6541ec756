import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { describe, expect, it } from 'vitest'
import { ResultCallout } from '@/features/result/result-callout'
import { useExplorerStore } from '@/store/explorer-store'

const result = () => screen.getByRole('region', { name: 'The result' })
const press = (id: string) => act(() => useExplorerStore.getState().togglePreset(id))

describe('the result callout', () => {
  it('at rest, gives the model on history and says what to do', () => {
    render(<ResultCallout />)
    expect(result()).toHaveTextContent(
      'The model on history agrees with history in 93.1% of dyad-years. Press a “What if…?”',
    )
  })

  it('names each pair the scenario moves, against history, and the accuracy beside the baseline', () => {
    render(<ResultCallout />)
    press('russia-stays-communist')
    const pairs = screen.getAllByRole('button')
    expect(pairs.map((b) => b.textContent)).toEqual([
      'Vietnam–Russia: the model now predicts an alliance in 1992–1994; history ends it in 1991.',
      'China–Russia: the model now predicts an alliance in 2007–2026; history has none in those years.',
      'North Korea–Russia: the model now predicts an alliance in 2007–2026; history has one in 2024–2026.',
    ])
    expect(result()).toHaveTextContent(
      '43 dyad-years change from the baseline; accuracy 88.8%, baseline 93.1%.',
    )
  })

  it('names lost alliances too, and counts the pairs it does not name', () => {
    render(<ResultCallout />)
    press('vietnam-turns-non-communist')
    expect(result()).toHaveTextContent(/now predicts none in/)
    press('russia-stays-communist')
    expect(result()).toHaveTextContent(/dyad-years in \d+ pairs change from the baseline/)
    expect(screen.getAllByRole('button')).toHaveLength(3)
  })

  it('puts the timeline on a pair’s first changed year when the pair is pressed', async () => {
    const user = userEvent.setup()
    render(<ResultCallout />)
    press('russia-stays-communist')
    await user.click(screen.getByRole('button', { name: /^Vietnam–Russia/ }))
    expect(useExplorerStore.getState().view.focus).toEqual({ dyad: 'VNM-RUS', year: 1992 })
    expect(useExplorerStore.getState().view.chart).toBe('timeline')
  })
})
