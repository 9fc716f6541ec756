import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HistoryEditor } from '@/features/history-editor/history-editor'
import { switchLanguage } from '@/i18n/catalogue'

describe('the history editor in another language', () => {
  it('reads in Vietnamese: heading, strips, cell details and the span form', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<HistoryEditor />)
    expect(screen.getByRole('heading', { name: 'Thay đổi lịch sử' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Chế độ chính trị' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Mối đe dọa và rạn nứt của' })).toBeInTheDocument()
    const laos = screen.getByRole('slider', { name: /^Laos, theo năm$|^Lào, theo năm$/ })
    act(() => laos.focus())
    expect(laos.getAttribute('aria-valuetext')).toMatch(/^1949: /)
    await user.keyboard(' ')
    expect(laos.getAttribute('aria-valuetext')).toMatch(/^1949: .+ \(đã đổi; lịch sử: .+\)$/)
    // The record behind a year: the labels in Vietnamese, the rationale in English.
    const details = screen.getByRole('heading', { name: /, 1949$/ }).parentElement!
    expect(details).toHaveTextContent(/Lịch sử: /)
    expect(details).toHaveTextContent(/Mức độ tin cậy: /)
    expect(details.querySelector('.provenance [lang="en"]')).not.toBeNull()
    const form = screen.getByRole('form', { name: 'Đặt giá trị cho một giai đoạn' })
    expect(within(form).getByRole('button', { name: 'Áp dụng' })).toBeInTheDocument()
    expect(within(form).getByRole('spinbutton', { name: 'từ' })).toBeInTheDocument()
  })

  it('reads in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<HistoryEditor />)
    expect(screen.getByRole('heading', { name: '改写历史' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '政权' })).toBeInTheDocument()
    expect(screen.getAllByRole('slider', { name: /，按年份$/ }).length).toBeGreaterThan(2)
    expect(screen.getByText(/^将鼠标指向某一年/)).toBeInTheDocument()
    const form = screen.getByRole('form', { name: '设定一个时段' })
    expect(within(form).getByRole('button', { name: '应用' })).toBeInTheDocument()
  })
})
