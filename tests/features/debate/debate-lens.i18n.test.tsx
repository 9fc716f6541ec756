import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { DebateLens } from '@/features/debate/debate-lens'

describe('the debate lens in Vietnamese and Chinese', () => {
  it('names the debate and its readings in Vietnamese', async () => {
    render(<DebateLens />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Cuộc tranh luận Vu – Lân' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cách mã hóa của Vu' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByRole('button', { name: 'Cách đọc của Lân' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /Các liên minh mỗi nước duy trì/ })
    expect(within(table).getByRole('rowheader', { name: 'Chính sách tương tự?' })).toBeVisible()
    // The coding's reasons are the data's English, marked so, and the panel says it once.
    expect(table.querySelector('.ally-list [lang="en"]')).not.toBeNull()
    expect(screen.getAllByText(/được giữ bằng tiếng Anh/)).toHaveLength(1)
  })

  it('gives the verdict in Chinese', async () => {
    render(<DebateLens />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: 'Vu与Lan之争' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lan的解读' })).toBeInTheDocument()
    expect(screen.getAllByText(/^1949–2026年间该论断成立：.+有3个盟友/)[0]).toBeInTheDocument()
  })
})
