import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { PresetPanel } from '@/features/presets/preset-panel'

describe('the preset panel in Vietnamese', () => {
  it('names and describes the presets, and counts the changed cells, in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<PresetPanel />)
    expect(screen.getByRole('heading', { name: 'Nếu như…?' })).toBeInTheDocument()
    const russia = screen.getByRole('button', { name: 'Nga vẫn là nước cộng sản' })
    expect(russia).toHaveAccessibleDescription(/^Năm 1991 Liên Xô tan rã/)
    expect(screen.getByRole('button', { name: 'Trở về lịch sử' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Đang hiển thị lịch sử như đã mã hóa.')
    expect(screen.getByText(/^Ngoài các trường hợp của bài viết \(4\)$/)).toBeInTheDocument()
    await user.click(russia)
    expect(screen.getByRole('status')).toHaveTextContent(/^Đã thay đổi \d+ ô so với lịch sử\.$/)
  })
})

describe('the preset panel in Chinese', () => {
  it('names and describes the presets, and counts the changed cells, in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    const user = userEvent.setup()
    render(<PresetPanel />)
    expect(screen.getByRole('heading', { name: '假如……？' })).toBeInTheDocument()
    const split = screen.getByRole('button', { name: '没有中苏分裂' })
    expect(split).toHaveAccessibleDescription(/^中国和苏联从未因共产主义应当如何建设而交恶。/)
    expect(screen.getByRole('button', { name: '铁托从未与斯大林决裂' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '恢复为历史' })).toBeInTheDocument()
    await user.click(split)
    expect(screen.getByRole('status')).toHaveTextContent(/^与历史相比，已改动 \d+ 个单元格。$/)
  })
})
