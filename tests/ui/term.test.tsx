import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { glossaryEntry } from '@/ui/glossary'
import { Term } from '@/ui/term'

const recall = glossaryEntry('recall').definition

describe('a term of art', () => {
  it('shows its definition on keyboard focus, as a tooltip that describes it; Escape hides it', async () => {
    const user = userEvent.setup()
    render(
      <p>
        The model&apos;s <Term id="recall">recall</Term> is high.
      </p>,
    )
    const word = screen.getByText('recall')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await user.tab()
    expect(word).toHaveFocus()
    expect(screen.getByRole('tooltip')).toHaveTextContent(recall)
    expect(word).toHaveAccessibleDescription(recall)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    expect(word).toHaveFocus()
    await user.tab() // leaving and coming back shows it again
    await user.tab({ shift: true })
    expect(screen.getByRole('tooltip')).toHaveTextContent(recall)
  })

  it('shows its definition on hover and hides it when the pointer leaves, or on Escape', async () => {
    const user = userEvent.setup()
    render(
      <p>
        <Term id="recall">recall</Term> and more text
      </p>,
    )
    const word = screen.getByText('recall')
    await user.hover(word)
    expect(screen.getByRole('tooltip')).toHaveTextContent(recall)
    expect(word).toHaveAccessibleDescription(recall)
    await user.unhover(word)
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await user.hover(word)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('shows its definition on a tap, and inside a label the tap does not move focus to the field', async () => {
    const user = userEvent.setup()
    render(
      <label>
        <Term id="exit-lag">Exit lag</Term> <input type="number" />
      </label>,
    )
    await user.pointer({ keys: '[TouchA]', target: screen.getByText('Exit lag') })
    expect(screen.getByRole('tooltip')).toHaveTextContent(glossaryEntry('exit-lag').definition)
    expect(screen.getByRole('spinbutton')).not.toHaveFocus()
  })
})

describe('terms where they first appear', () => {
  it('the metrics panel explains accuracy, precision and recall on hover and focus', async () => {
    const user = userEvent.setup()
    render(<MetricsPanel />)
    await user.hover(screen.getByText('Precision'))
    expect(screen.getByRole('tooltip')).toHaveTextContent(glossaryEntry('precision').definition)
    await user.unhover(screen.getByText('Precision'))
    act(() => screen.getByText('Recall').focus())
    expect(screen.getByText('Recall')).toHaveAccessibleDescription(recall)
    const matrix = screen.getByRole('table', { name: /confusion matrix/i })
    act(() => within(matrix).getByText('dyad-years').focus())
    expect(screen.getByRole('tooltip')).toHaveTextContent(glossaryEntry('dyad-year').definition)
  })

  it('the settings panel explains a contested threat and the alliance records', async () => {
    const user = userEvent.setup()
    render(<SettingsPanel />)
    const group = screen.getByRole('group', { name: /contested threat/ })
    act(() => within(group).getByText('contested').focus())
    expect(screen.getByRole('tooltip')).toHaveTextContent(glossaryEntry('contested').definition)
    await user.keyboard('{Escape}')
    const series = screen.getByRole('combobox', { name: /Alliance definition/ })
    expect(series).toHaveAccessibleDescription(/treaty series, or a dataset: COW or ATOP/)
    await user.hover(screen.getByText('ATOP'))
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      /Alliance Treaty Obligations and Provisions/,
    )
  })
})
