import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClassResults } from '@/features/class-results/class-results'
import { HandIn } from '@/features/coding/hand-in'
import { readAnswerCode, writeAnswerCode } from '@/share/answer-code'
import { useExplorerStore } from '@/store/explorer-store'
import { catchDownloads } from '../../downloads'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

/** A student's answer code, written as the Hand in panel writes it. */
const codeOf = (nickname: string, laos: 'yes' | 'no', end: number, reason?: string) => {
  const r = writeAnswerCode({
    nickname,
    codes: { 'vnm-lao-1977': { alliance: laos, reason }, 'chn-rus-end': { end } },
    answers: { 'russia-stays-communist': { prediction: laos, revealed: true } },
  })
  if (!r.ok) throw new Error(r.problem)
  return r.code
}

describe('handing in', () => {
  it('turns the codes and answers into one answer code, to copy or save', async () => {
    const user = userEvent.setup()
    act(() => {
      useExplorerStore.getState().code('vnm-lao-1977', { alliance: 'no', reason: 'Không có' })
      useExplorerStore.getState().answer('russia-stays-communist', { prediction: 'yes' })
    })
    render(<HandIn />)
    expect(screen.getByText('Type a nickname to make your answer code.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Your nickname' }), 'Minh')
    const box = screen.getByRole('textbox', { name: /Your answer code \(1 cases, 1 exercises\)/ })
    const code = (box as HTMLTextAreaElement).value
    expect(code).toMatch(/^AE1-/)
    const read = readAnswerCode(code)
    expect(read.ok && read.work).toMatchObject({
      nickname: 'Minh',
      codes: { 'vnm-lao-1977': { alliance: 'no', reason: 'Không có' } },
      answers: { 'russia-stays-communist': { prediction: 'yes' } },
    })
    // The code follows the work.
    act(() => useExplorerStore.getState().code('chn-rus-end', { end: 1969 }))
    expect((box as HTMLTextAreaElement).value).not.toBe(code)

    await user.click(screen.getByRole('button', { name: 'Save as a file' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_answers_minh.txt')
    expect((await downloads[0]!.blob.text()).trim()).toBe((box as HTMLTextAreaElement).value)
  })
})

describe('class results from answer codes', () => {
  it('reads pasted codes, leaves out damaged ones by line, and counts the rest', async () => {
    const user = userEvent.setup()
    render(<ClassResults />)
    await user.click(screen.getByRole('radio', { name: 'Answer codes' }))
    const damaged = codeOf('Lan Anh', 'yes', 1960).slice(0, -6)
    const paste = [
      `An: ${codeOf('An', 'no', 1980, 'No duty to fight')}`,
      `Bình: ${codeOf('Bình', 'no', 1980)}`,
      damaged,
      codeOf('Chi', 'yes', 1969, 'Troops stayed for years'),
    ].join('\n')
    const box = screen.getByRole('textbox', { name: /Paste the answer codes/ })
    await user.click(box)
    await user.paste(paste)
    expect(screen.getByText(/3 students’ work read: An, Bình, Chi\./)).toBeInTheDocument()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/One code was left out:/)
    expect(alert).toHaveTextContent(/Line 3( \(Lan Anh\))?: damaged/)

    const laos = within(screen.getByRole('table', { name: /How the class answered/ }))
      .getByRole('rowheader', { name: 'Vietnam–Laos 1977: Article 2' })
      .closest('tr')!
    const [answers, agreement, reading] = within(laos).getAllByRole('cell')
    expect(answers).toHaveTextContent(/Yes\s*1.*No\s*2.*Unsure\s*0/)
    expect(agreement).toHaveTextContent('33%')
    expect(reading).toHaveTextContent('No')
    // The reasons, grouped by the answer they back.
    await user.click(screen.getByText("The class's reasons, by answer"))
    const reasons = screen.getByRole('region', { name: 'Reasons: Vietnam–Laos 1977: Article 2' })
    expect(reasons).toHaveTextContent(
      'Yes (1)Chi: Troops stayed for yearsNo (1)An: No duty to fight',
    )
    // The exercises' predictions come from the codes too.
    expect(
      screen.getByText(
        '1. Russia stays communist: before the reveal 1 yes, 2 no, 0 unsure; after it no answers yet.',
      ),
    ).toBeInTheDocument()
  })
})
