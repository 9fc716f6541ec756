import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LessonPanel } from '@/features/lesson/lesson-panel'
import { MakeExercise } from '@/features/lesson/make-exercise'
import { readAnswerCode } from '@/share/answer-code'
import { answerLessonOf } from '@/share/lesson-answers'
import { readLessonLink } from '@/share/lesson-link'
import { useExplorerStore } from '@/store/explorer-store'
import { COMPILED } from '@/data'
import { PLAN } from '../../share/lesson-fixture'

const store = () => useExplorerStore.getState()

describe('making an exercise from the screen', () => {
  it('turns the scenario on screen into a lesson exercise, with the teacher’s words', async () => {
    const user = userEvent.setup()
    render(<MakeExercise />)
    expect(screen.getByText(/Change history first/)).toBeInTheDocument()
    act(() => store().togglePreset('russia-stays-communist'))
    await user.click(screen.getByRole('button', { name: 'Make an exercise' }))
    // The form starts from the pair and years the scenario moves.
    const pair = screen.getByRole('combobox', { name: 'Pair' })
    expect(pair).toHaveDisplayValue('China–USSR / Russia')
    await user.selectOptions(pair, 'VNM-RUS')
    // The years and the question follow the pair.
    expect(screen.getByRole('spinbutton', { name: 'From' })).toHaveValue(1992)
    expect(
      (screen.getByRole('textbox', { name: 'Question' }) as HTMLTextAreaElement).value,
    ).toMatch(/Vietnam–Russia in 1992–1994/)
    const question = screen.getByRole('textbox', { name: 'Question' })
    expect((question as HTMLTextAreaElement).value).toMatch(/does the model predict an alliance/)
    await user.clear(question)
    expect(screen.getByRole('button', { name: 'Add to the lesson' })).toBeDisabled()
    expect(screen.getByText('Write the question first.')).toBeInTheDocument()
    await user.type(question, 'Would Hanoi keep Moscow as an ally?')
    await user.type(
      screen.getByRole('textbox', { name: 'Teacher notes (never in the student link)' }),
      'Ask about the lag.',
    )
    await user.click(screen.getByRole('button', { name: 'Add to the lesson' }))
    const lesson = store().lesson!
    expect(lesson.role).toBe('teacher')
    const [step] = lesson.plan.steps
    expect(step).toMatchObject({
      exercise: {
        question: 'Would Hanoi keep Moscow as an ally?',
        watch: { dyad: 'VNM-RUS' },
        notes: 'Ask about the lag.',
        changes: [expect.objectContaining({ layer: 'regime', id: 'RUS', value: 'communist' })],
      },
    })
    expect(screen.getByRole('status')).toHaveTextContent(/Added .* to your lesson/)
  })
})

describe('the lesson panel', () => {
  it('shows the teacher the notes, the key and both links; the student link opens without them', async () => {
    act(() => store().openLesson({ plan: PLAN, role: 'teacher' }))
    render(<LessonPanel />)
    expect(
      screen.getByRole('heading', { name: /Lesson: Does ideology decide/ }),
    ).toBeInTheDocument()
    expect(screen.getByText('Teacher view')).toBeInTheDocument()
    expect(screen.getByText('SECRET NOTE: ask who changed their mind.')).toBeInTheDocument()
    expect(screen.getByText(/Key:/).parentElement).toHaveTextContent(
      /predicts an alliance for Vietnam–Russia in 1992–1994/,
    )
    // Steps in order: the exercise, then the two cases.
    const steps = within(screen.getByRole('list', { name: 'Lesson steps' })).getAllByRole('article')
    expect(steps.map((a) => a.querySelector('h3')!.textContent)).toEqual([
      '1. Russia stays communist',
      expect.stringMatching(/^2\. .*Laos/),
      expect.stringMatching(/^3\. /),
    ])
    const studentUrl = (screen.getByRole('textbox', { name: 'Student link' }) as HTMLInputElement)
      .value
    expect(studentUrl).not.toContain('SECRET')
    const opened = readLessonLink(studentUrl.split('#')[1]!, COMPILED)
    expect(opened.ok && JSON.stringify(opened.lesson)).not.toContain('SECRET')
    const teacherUrl = (screen.getByRole('textbox', { name: 'Teacher link' }) as HTMLInputElement)
      .value
    expect(readLessonLink(teacherUrl.split('#')[1]!, COMPILED)).toMatchObject({
      ok: true,
      lesson: { role: 'teacher' },
    })
  })

  it('shows the student link as a QR code and as embed code for a learning platform', async () => {
    const user = userEvent.setup()
    act(() => store().openLesson({ plan: PLAN, role: 'teacher' }))
    render(<LessonPanel />)
    const url = (screen.getByRole('textbox', { name: 'Student link' }) as HTMLInputElement).value
    await user.click(screen.getByRole('button', { name: 'Show QR for the student link' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(url)).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await user.click(screen.getByText('Embed in a learning platform'))
    const code = screen.getByRole('textbox', { name: /embed code/i }) as HTMLTextAreaElement
    expect(code.value).toContain(`src="${url.replace(/&/g, '&amp;')}"`)
  })

  it('lets the teacher reorder and remove steps', async () => {
    const user = userEvent.setup()
    act(() => store().openLesson({ plan: PLAN, role: 'teacher' }))
    render(<LessonPanel />)
    const first = screen.getByRole('group', { name: 'Step 1: Russia stays communist' })
    await user.click(within(first).getByRole('button', { name: 'Move down' }))
    expect(store().lesson!.plan.steps[1]).toHaveProperty('exercise')
    const second = screen.getByRole('group', { name: /^Step 1: / })
    await user.click(within(second).getByRole('button', { name: 'Remove' }))
    expect(store().lesson!.plan.steps).toHaveLength(2)
  })

  it('a student sees no notes, no key and no editing; answers hand in for this lesson', async () => {
    const user = userEvent.setup()
    act(() => store().openLesson({ plan: PLAN, role: 'student' }))
    const { container } = render(<LessonPanel />)
    expect(container.textContent).not.toContain('SECRET')
    expect(screen.queryByText(/Key:/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'Move down' })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Student link' })).toBeNull()
    // Predict, reveal: the model applies the exercise's changes.
    const card = screen.getByRole('article', { name: '1. Russia stays communist' })
    await user.click(within(card).getByRole('radio', { name: 'Yes, an alliance' }))
    await user.click(within(card).getByRole('button', { name: /Reveal/ }))
    expect(within(card).getByRole('status')).toHaveTextContent(
      /model predicts an alliance for Vietnam–Russia in 1992–1994/,
    )
    expect(
      within(card).getByText(
        'The treaty line carries on while the threat is still coded as shared.',
      ),
    ).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Your nickname' }), 'Mai')
    const code = (screen.getByRole('textbox', { name: /Your answer code/ }) as HTMLTextAreaElement)
      .value
    const read = readAnswerCode(code, answerLessonOf(store().lesson!.plan))
    expect(read).toMatchObject({
      ok: true,
      work: { nickname: 'Mai', answers: { 'ex-000001': { prediction: 'yes', revealed: true } } },
    })
  })
})
