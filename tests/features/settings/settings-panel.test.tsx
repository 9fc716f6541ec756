import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { tableRow } from '../../table-helpers'

function renderPanels() {
  render(
    <>
      <SettingsPanel />
      <MetricsPanel />
      <DyadYearTable />
    </>,
  )
  return userEvent.setup()
}

const count = (name: RegExp) =>
  Number(
    within(screen.getByRole('table', { name: /confusion matrix/i }))
      .getByRole('button', { name })
      .textContent!.match(/\d+/)![0],
  )

describe('model settings', () => {
  it('switching the alliance definition re-scores the same predictions', async () => {
    const user = renderPanels()
    const hitsEssay = count(/hits?$/)
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Alliance definition/ }),
      'treaty_defense',
    )
    // Vietnam–Laos is predicted every year from 1976, but its treaty has no defence clause.
    expect(count(/hits?$/)).toBeLessThan(hitsEssay)
    const row = await tableRow(user, 'VNM-LAO', 1980)
    expect(row).toHaveTextContent('False alarm')
  })

  it('the rule, the ideology reading and the contested-threat reading all change predictions', async () => {
    const user = renderPanels()
    const alarms = () => count(/false alarms?$/)
    const base = alarms()
    await user.click(screen.getByRole('radio', { name: /Counts as not shared/ }))
    expect(alarms()).toBeLessThan(base)
    await user.click(screen.getByRole('radio', { name: /Counts as shared/ }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'security-only')
    expect(alarms()).toBeGreaterThan(base)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'two-criteria-lag')
    expect(screen.getByRole('spinbutton', { name: /Exit lag/ })).toHaveValue(3)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'two-criteria')
    const misses = count(/misses$/)
    await user.click(screen.getByRole('radio', { name: /Lenient/ }))
    expect(count(/misses$/)).toBeLessThan(misses) // the Sino-Soviet and Sino-Korean rift years
  })
})
