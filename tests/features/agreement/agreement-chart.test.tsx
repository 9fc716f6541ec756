import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { useExplorerStore } from '@/store/explorer-store'

describe('the agreement chart', () => {
  it('draws baseline and scenario lines and says the same in words', () => {
    const { container } = render(<AgreementChart width={600} />)
    expect(
      screen.getByRole('figure', { name: 'Agreement with history per year' }),
    ).toBeInTheDocument()
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2)
    expect(
      screen.getByText(/matches history for 93% of pairs in an average year\./),
    ).toBeInTheDocument()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(screen.getByText(/under the scenario, against 93% for the baseline/)).toBeInTheDocument()
  })
})
