import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PRESETS } from '@/data'
import { EXERCISES } from '@/data/exercises'
import { LESSON_45, WORKSHEET } from '@/features/teachers/lesson'
import { TeacherGuide } from '@/features/teachers/teacher-guide'
import { TeacherPanel } from '@/features/teachers/teacher-panel'

afterEach(() => {
  vi.restoreAllMocks()
  delete document.documentElement.dataset.print
})

describe('the teacher panel', () => {
  it('sets out the plans, worksheet, rubric and curriculum map under headings in order', () => {
    render(<TeacherPanel />)
    const headings = screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`)
    expect(headings).toEqual([
      'H2 45-minute lesson: Russia stays communist',
      'H2 90-minute lesson: two rules, two readings, one essay',
      'H2 Worksheet',
      ...WORKSHEET.map((p) => `H3 ${p.title}`),
      'H2 Essay prompt and rubric',
      'H2 Curriculum map',
      "H3 The rival rules in the field's terms",
    ])
  })

  it('builds the 45-minute lesson on the app’s own preset and exercise', () => {
    render(<TeacherPanel />)
    const russia = PRESETS.find((p) => p.id === 'russia-stays-communist')!
    expect(EXERCISES.some((e) => e.preset === russia.id)).toBe(true)
    const plan = screen.getAllByRole('list')[0]!
    const steps = within(plan).getAllByRole('listitem')
    expect(steps).toHaveLength(LESSON_45.length)
    expect(LESSON_45.reduce((sum, s) => sum + s.minutes, 0)).toBe(45)
    expect(plan).toHaveTextContent(`card "${russia.title}"`)
    for (const control of [
      'Projector mode',
      'Predict first',
      "2. Reveal the model's answer",
      'Model settings',
      'Copy link',
    ])
      expect(plan).toHaveTextContent(control)
  })

  it('sends the 90-minute lesson to the Debate and Check steps by name', () => {
    render(<TeacherPanel />)
    const plan = screen.getAllByRole('list')[1]!
    const step = (title: string) =>
      within(plan)
        .getAllByRole('listitem')
        .find((li) => li.textContent!.startsWith(title))!
    expect(step('The definition debate')).toHaveTextContent(/Open step 2, "Debate".*Open "Check"/)
    expect(step('The exit lag')).toHaveTextContent(
      /"Model settings".*In "Check", "Every dyad-year"/,
    )
  })

  it('names the rival rules in the field’s terms and maps the four courses', () => {
    render(<TeacherPanel />)
    expect(screen.getByText('Balance of threat (Walt); realist balancing')).toBeVisible()
    expect(
      screen.getByText('Ideological solidarity; constructivist and identity-based accounts'),
    ).toBeVisible()
    for (const course of [
      'IB History, Paper 2: the Cold War',
      'IB Global Politics: power, sovereignty and international relations',
      'AP World History, Unit 8: Cold War and Decolonization',
      'AP Comparative Government and Politics: China',
    ])
      expect(screen.getByText(course)).toBeVisible()
  })

  it('has an essay prompt and a rubric of five criteria at four levels', () => {
    render(<TeacherPanel />)
    expect(screen.getByText(/To what extent/)).toBeVisible()
    const rubric = screen.getByRole('table', { name: /Rubric/ })
    expect(within(rubric).getAllByRole('columnheader')).toHaveLength(5)
    expect(within(rubric).getAllByRole('rowheader')).toHaveLength(5)
  })

  it('keeps the answer key folded until the teacher opens it', async () => {
    const user = userEvent.setup()
    render(<TeacherPanel />)
    const key = screen.getByText('Answer key')
    const firstAnswer = screen.getByText(WORKSHEET[0]!.questions[0]!.answer)
    expect(firstAnswer).not.toBeVisible()
    await user.click(key)
    expect(firstAnswer).toBeVisible()
  })

  it('prints the worksheet alone, with every question and no answers', async () => {
    const user = userEvent.setup()
    let markedWhilePrinting: string | undefined
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      markedWhilePrinting = document.documentElement.dataset.print
    })
    render(<TeacherPanel />)
    const sheet = screen.getByLabelText('Printable worksheet')
    // On screen the printout is hidden; the page's print styles show it only when marked.
    expect(sheet).not.toBeVisible()
    const questions = WORKSHEET.flatMap((p) => p.questions)
    expect(within(sheet).getAllByRole('listitem', { hidden: true })).toHaveLength(questions.length)
    expect(sheet).not.toHaveTextContent(questions[2]!.answer)

    await user.click(screen.getByRole('button', { name: 'Print worksheet' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(markedWhilePrinting).toBe('worksheet')
    window.dispatchEvent(new Event('afterprint'))
    expect(document.documentElement.dataset.print).toBeUndefined()
  })
})

describe('the "For teachers" section', () => {
  it('loads the guide the first time it is opened', async () => {
    const user = userEvent.setup()
    render(<TeacherGuide />)
    expect(screen.queryByRole('heading', { name: /45-minute lesson/ })).toBeNull()
    await user.click(screen.getByText('For teachers'))
    expect(await screen.findByRole('heading', { name: /45-minute lesson/ })).toBeVisible()
  })
})
