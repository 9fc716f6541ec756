import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DATA_CHANGELOG } from '@/data/changelog'
import { switchLanguage } from '@/i18n/catalogue'
import { AboutPanel } from '@/features/about/about-panel'
import { DataChangelog } from '@/features/about/data-changelog'

describe('the About panel in Vietnamese', () => {
  it('gives the About text’s headings and case buttons in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<AboutPanel />)
    await user.click(screen.getByText('Về lý thuyết và dữ liệu'))
    expect(
      // The About text loads when the panel first opens (slowly on a cold, busy test run).
      await screen.findByRole(
        'heading',
        { name: 'Lập luận của bài viết', level: 2 },
        { timeout: 5000 },
      ),
    ).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Mô hình hoạt động như thế nào' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Quyền riêng tư' })).toBeVisible()
    // Years stay years, with no thousands separator.
    const buttons = screen.getAllByRole('button', { name: /^Xem .*, \d{4}–\d{4}$/ })
    expect(buttons.length).toBeGreaterThan(0)
    // The journal's title stays in English and says so.
    expect(screen.getByText('The Diplomat')).toHaveAttribute('lang', 'en')
    // The glossary terms still open their definitions.
    const model = screen.getByRole('heading', { name: 'Mô hình hoạt động như thế nào' })
    expect(within(model.nextElementSibling as HTMLElement).getByText('báo động giả')).toBeVisible()
  })

  it('keeps the changelog’s entries in English and says so in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<DataChangelog />)
    await user.click(screen.getByText(/^Phiên bản dữ liệu .*: những gì đã được sửa$/))
    expect(screen.getByText(/được giữ nguyên bằng tiếng Anh/)).toBeVisible()
    const entry = await screen.findByText(`${DATA_CHANGELOG[0]!.changes[0]!.what}.`, undefined, {
      timeout: 5000,
    })
    expect(entry.closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(screen.getAllByRole('heading', { name: /^Phiên bản / }).length).toBeGreaterThan(0)
  })
})

describe('the About panel in Chinese', () => {
  it('gives the About text’s headings in Simplified Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    const user = userEvent.setup()
    render(<AboutPanel />)
    await user.click(screen.getByText('关于理论与数据'))
    expect(
      await screen.findByRole('heading', { name: '原文的论证', level: 2 }, { timeout: 5000 }),
    ).toBeVisible()
    expect(screen.getByRole('heading', { name: '什么算同盟' })).toBeVisible()
    expect(screen.getByRole('heading', { name: '隐私' })).toBeVisible()
    expect(
      screen.getAllByRole('button', { name: /^查看.*，\d{4}–\d{4}年$/ }).length,
    ).toBeGreaterThan(0)
  })

  it('labels the changelog in Chinese and keeps its entries in English', async () => {
    await act(() => switchLanguage('zh-Hans'))
    const user = userEvent.setup()
    render(<DataChangelog />)
    await user.click(screen.getByText(/^数据版本.*：更正了哪些内容$/))
    const entry = await screen.findByText(`${DATA_CHANGELOG[0]!.changes[0]!.what}.`, undefined, {
      timeout: 5000,
    })
    expect(entry.closest('[lang]')).toHaveAttribute('lang', 'en')
    expect(screen.getAllByRole('heading', { name: /^最初的数据（.*之前），/ })).toHaveLength(1)
  })
})
