import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ExercisePanel } from '@/features/exercises/exercise-panel'
import { Handout } from '@/features/handout/handout'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf } from '@/share/session'
import { useExplorerStore } from '@/store/explorer-store'

const card = (title: string) => screen.getByRole('article', { name: title })

describe('exercises', () => {
  it('ask for a prediction first, then reveal the answer and take an explanation', async () => {
    const user = userEvent.setup()
    render(<ExercisePanel />)
    const russia = card('Russia stays communist')
    expect(
      within(russia).getByText(/would Hanoi have kept its alliance with Moscow\?/),
    ).toBeInTheDocument()
    const reveal = within(russia).getByRole('button', { name: /Reveal the model's answer/ })
    expect(reveal).toBeDisabled()
    expect(reveal).toHaveAccessibleDescription('Pick a prediction first.')

    await user.click(within(russia).getByRole('radio', { name: 'Yes, they stay allied' }))
    await user.type(
      within(russia).getByRole('textbox', { name: 'Why do you think so?' }),
      'same party',
    )
    await user.click(reveal)

    // Revealing applies the counterfactual and shows the result for the pair in question.
    expect(useExplorerStore.getState().scenario.regime.RUS).toBeDefined()
    expect(within(russia).getByRole('status')).toHaveTextContent(
      "The model's answer: The model predicts an alliance for Vietnam–Russia in 1992–1994, baseline none; history has none in those years. It matches your prediction.",
    )
    const before = within(russia).getByRole('group', {
      name: '1. Your prediction, before you look',
    })
    expect(within(before).getByRole('radio', { name: 'No alliance' })).toBeDisabled()
    await user.type(
      within(russia).getByRole('textbox', { name: '4. Explain what you see' }),
      'ideology kept it',
    )
    expect(useExplorerStore.getState().answers['russia-stays-communist']).toEqual({
      prediction: 'yes',
      reason: 'same party',
      revealed: true,
      explanation: 'ideology kept it',
    })
  })

  it('ask the question again after the reveal, with the same choices, and keep both answers', async () => {
    const user = userEvent.setup()
    render(<ExercisePanel />)
    const split = card('No Sino-Soviet split')
    // Not asked before the reveal: the first answer is the prediction.
    expect(
      within(split).queryByRole('group', { name: '3. Now, what do you think?' }),
    ).not.toBeInTheDocument()
    await user.click(within(split).getByRole('radio', { name: 'No alliance' }))
    await user.click(within(split).getByRole('button', { name: /Reveal/ }))
    const now = within(split).getByRole('group', { name: '3. Now, what do you think?' })
    expect(
      within(now)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
    ).toEqual(['Yes, they stay allied', 'No alliance', 'Not sure'])
    expect(within(now).getByRole('radio', { name: 'No alliance' })).not.toBeChecked()
    await user.click(within(now).getByRole('radio', { name: 'Yes, they stay allied' }))
    expect(within(now).getByRole('radio', { name: 'Yes, they stay allied' })).toBeChecked()
    // The prediction stays as it was: both answers are kept, so a change of mind shows.
    const before = within(split).getByRole('group', {
      name: '1. Your prediction, before you look',
    })
    expect(within(before).getByRole('radio', { name: 'No alliance' })).toBeChecked()
    expect(useExplorerStore.getState().answers['no-sino-soviet-split']).toEqual({
      prediction: 'no',
      revealed: true,
      after: 'yes',
    })
  })

  it("reveal a second exercise in place of the first one's counterfactual, as one step", async () => {
    const user = userEvent.setup()
    render(<ExercisePanel />)
    const s = () => useExplorerStore.getState()
    s().toggleCell('regime', 'CHN', 1950) // the student's own change stays
    for (const title of ['Russia stays communist', 'No Sino-Soviet split']) {
      await user.click(within(card(title)).getByRole('radio', { name: 'Not sure' }))
      await user.click(within(card(title)).getByRole('button', { name: /Reveal/ }))
    }
    const applied = (id: string) => s().presets.find((p) => p.id === id)!
    expect(s().scenario.regime.RUS).toBeUndefined()
    expect(s().scenario.rift).not.toEqual({})
    expect(s().scenario.regime.CHN?.[1950]).toBe('non-communist')
    expect(s().log.at(-1)!.text).toBe(
      `Applied "${applied('no-sino-soviet-split').title}" in place of "${applied('russia-stays-communist').title}"`,
    )
    s().undo()
    expect(s().scenario.regime.RUS).toBeDefined()
  })

  it('carry teacher notes with context and prompts from the debate', async () => {
    render(<ExercisePanel />)
    const nk = card('North Korea abandons communism')
    await userEvent.setup().click(within(nk).getByText('Teacher notes'))
    expect(within(nk).getByText(/Article VII keeps the treaty in force/)).toBeVisible()
  })

  it('travel in the scenario file and onto the handout', () => {
    const s = useExplorerStore.getState()
    s.answer('vietnam-turns-non-communist', {
      prediction: 'no',
      reason: 'Laos needs a party ally',
      revealed: true,
      after: 'unsure',
      explanation: 'the model agrees',
    })
    const state = useExplorerStore.getState()
    const text = writeScenarioFile(sessionOf(state), savedLogOf(state), { answers: state.answers })
    const opened = readScenarioFile(text, state.base)
    expect(opened.ok && opened.file.answers).toEqual(state.answers)
    render(<Handout />)
    expect(screen.getByLabelText('Printable handout', { selector: 'section' })).toHaveTextContent(
      'If Vietnam had ended one-party rule in 1991, would it still be allied with Laos? Predicted: no (Laos needs a party ally). After the reveal: not sure. Explanation: the model agrees',
    )
  })
})
