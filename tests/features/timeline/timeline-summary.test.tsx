import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TimelineSummary } from '@/features/timeline/timeline-summary'
import { useExplorerStore } from '@/store/explorer-store'

describe('the timeline as text', () => {
  it('says the scenario’s agreement with history with the baseline’s beside it', () => {
    render(<TimelineSummary />)
    const sentence = screen.getByText(/The model agrees with history in/)
    expect(sentence).toHaveTextContent(/in 93% of dyad-years\.$/)
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(sentence).toHaveTextContent(/in 89% of dyad-years, baseline 93%\.$/)
  })
})
