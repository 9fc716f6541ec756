import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DyadYearTable } from '@/features/table/dyad-year-table'
import { switchLanguage } from '@/i18n/catalogue'

const headers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((h) => h.textContent)

describe('the dyad-year table in another language', () => {
  it('reads in Vietnamese: heading, column headers, filters, pages and cells', async () => {
    await act(() => switchLanguage('vi'))
    render(<DyadYearTable />)
    expect(screen.getByRole('heading', { name: 'Mọi cặp – năm' })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: /^Mọi cặp – năm: mã hóa/ })).toBeInTheDocument()
    expect(headers().slice(0, 4)).toEqual([
      expect.stringMatching(/^Cặp/),
      expect.stringMatching(/^Năm/),
      expect.stringMatching(/^Dự đoán/),
      expect.stringMatching(/^Kết quả/),
    ])
    expect(screen.getByRole('search', { name: 'Lọc bảng' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Cặp' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Tải tất cả 858 hàng (CSV)' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Các trang của bảng' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Trang sau' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Loại theo COW' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Đang hiển thị 1–50 trong số 858 cặp – năm.',
    )
    // No English left in the first rows' words.
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!
    expect(row).not.toHaveTextContent(/\b(Yes|No|Alliance|None|Not covered)\b/)
  })

  it('reads in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<DyadYearTable />)
    expect(screen.getByRole('heading', { name: '全部国家对-年' })).toBeInTheDocument()
    expect(headers().slice(0, 4)).toEqual([
      expect.stringMatching(/^国家对/),
      expect.stringMatching(/^年份/),
      expect.stringMatching(/^预测/),
      expect.stringMatching(/^结果/),
    ])
    expect(screen.getByRole('searchbox', { name: '搜索' })).toHaveAttribute(
      'placeholder',
      '例如 VNM 1992',
    )
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeInTheDocument()
  })

  it('follows a change of language while it is on screen', async () => {
    render(<DyadYearTable />)
    expect(screen.getByRole('heading', { name: 'Every dyad-year' })).toBeInTheDocument()
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Mọi cặp – năm' })).toBeInTheDocument()
    expect(headers()[0]).toMatch(/^Cặp/)
  })
})
