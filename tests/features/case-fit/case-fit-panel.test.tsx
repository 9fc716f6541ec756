import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { CaseFitPanel } from '@/features/case-fit/case-fit-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { restrictDyads } from '@/model/compile'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { caseSetOf } from '@/model/lifespan'
import { metricsOf } from '@/model/metrics'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { percent } from '@/ui/words'

const accuracyOf = (group: 'essay' | 'out-of-sample', scenario = EMPTY_SCENARIO) =>
  percent(
    metricsOf(
      evaluate(
        restrictDyads(COMPILED, (d) => caseSetOf(d) === group),
        scenario,
        DEFAULT_SETTINGS,
      ).counts,
    ).accuracy,
    1,
  )

describe('the fit in and out of sample', () => {
  it('puts the accuracy on the essay’s cases beside the out-of-sample one, whatever is in view', () => {
    render(<CaseFitPanel />)
    const panel = screen.getByRole('region', { name: /does the rule travel/i })
    expect(panel).toHaveTextContent(
      `Accuracy on the essay's cases ${accuracyOf('essay')}, out of sample ${accuracyOf('out-of-sample')}`,
    )
    const table = within(panel).getByRole('table', { name: /fit on each body of cases/i })
    expect(
      within(table).getByRole('columnheader', { name: /out of sample \(14 pairs\)/i }),
    ).toBeVisible()
    expect(within(table).getByRole('row', { name: /always “no alliance”/i })).toBeInTheDocument()
    const matrices = within(within(panel).getByRole('group', { name: 'Confusion matrices' }))
    for (const name of ["The essay's cases", 'Out of sample', 'All cases'])
      expect(matrices.getByRole('table', { name })).toBeInTheDocument()
  })

  it('names the Balkan pact as a communist state allied across the ideological line', () => {
    render(<CaseFitPanel />)
    const list =
      screen.getByRole('list', { name: '' }).closest('ol') ?? screen.getAllByRole('list')[0]!
    expect(list).toHaveTextContent(
      /Yugoslavia–(Greece|Turkey), 1953–1964 \(out of sample\): allied although one of the two was not ruled by a communist party/,
    )
  })

  it('moves with a scenario on an out-of-sample pair', () => {
    render(<CaseFitPanel />)
    const panel = screen.getByRole('region', { name: /does the rule travel/i })
    const before = accuracyOf('out-of-sample')
    act(() => useExplorerStore.getState().togglePreset('india-turns-communist'))
    const scenario = useExplorerStore.getState().scenario
    const after = accuracyOf('out-of-sample', scenario)
    expect(after).not.toBe(before)
    expect(panel).toHaveTextContent(`out of sample ${after}`)
  })

  it('scores every rule against every alliance definition when asked', async () => {
    const user = userEvent.setup()
    render(<CaseFitPanel />)
    await user.click(screen.getByText(/accuracy under every rule and alliance definition/i))
    const grid = screen.getByRole('table', { name: /each rule against each alliance definition/i })
    // A header row, then 4 rules × 5 definitions; the current reading is marked.
    expect(within(grid).getAllByRole('row')).toHaveLength(21)
    expect(grid.querySelectorAll('tr[aria-current="true"]')).toHaveLength(1)
  })
})

describe('the cases shown', () => {
  it('are the essay’s by default, and a setting shows the others or both', async () => {
    const user = userEvent.setup()
    render(<SettingsPanel />)
    const group = screen.getByRole('group', { name: 'Cases shown' })
    expect(within(group).getByRole('radio', { name: "The essay's cases (11 pairs)" })).toBeChecked()
    expect(useExplorerStore.getState().base.dyads).toHaveLength(11)
    await user.click(within(group).getByRole('radio', { name: 'Both (25 pairs)' }))
    expect(useExplorerStore.getState().base.dyads).toHaveLength(25)
    await user.click(within(group).getByRole('radio', { name: 'Out of sample (14 pairs)' }))
    expect(useExplorerStore.getState().base.dyads.map((d) => d.id)).toContain('YUG-GRC')
    expect(useExplorerStore.getState().base.dyads).toHaveLength(14)
  })
})
