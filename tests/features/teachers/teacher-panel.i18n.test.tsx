import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { TeacherGuide } from '@/features/teachers/teacher-guide'
import { TeacherPanel } from '@/features/teachers/teacher-panel'

describe('the teacher guide in Vietnamese', () => {
  it('gives its headings, buttons and the key’s figures in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<TeacherPanel />)
    expect(screen.getByRole('heading', { name: 'Phiếu học tập', level: 2 })).toBeVisible()
    expect(screen.getByRole('heading', { name: /^Bài học 45 phút/ })).toBeVisible()
    expect(screen.getByRole('button', { name: 'In phiếu học tập' })).toBeVisible()
    expect(screen.getByRole('table', { name: /^Thang đánh giá/ })).toBeVisible()
    // The figures are written the Vietnamese way, with a decimal comma.
    const plan = screen.getAllByRole('list')[0]!
    expect(within(plan).getAllByRole('listitem')[2]).toHaveTextContent(
      /^Đọc lịch sử \(8 phút\): .*tỉ lệ đúng 93,1\s?%/,
    )
    expect(screen.getByLabelText('Phiếu học tập để in')).toHaveTextContent('Họ tên:')
  })

  it('opens from its Vietnamese summary', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<TeacherGuide />)
    await user.click(screen.getByText('Dành cho giáo viên'))
    expect(await screen.findByRole('heading', { name: /^Bài học 90 phút/ })).toBeVisible()
  })
})

describe('the teacher guide in Chinese', () => {
  it('gives its headings, buttons and rubric in Simplified Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<TeacherPanel />)
    expect(screen.getByRole('heading', { name: '练习单', level: 2 })).toBeVisible()
    expect(screen.getByRole('heading', { name: '论文题目与评分量表' })).toBeVisible()
    expect(screen.getByRole('button', { name: '打印练习单' })).toBeVisible()
    const rubric = screen.getByRole('table', { name: /^评分量表/ })
    expect(within(rubric).getByRole('columnheader', { name: '评分标准' })).toBeVisible()
    expect(screen.getByText('参考答案')).toBeVisible()
    const plan = screen.getAllByRole('list')[0]!
    expect(within(plan).getAllByRole('listitem')[0]).toHaveTextContent(/^课前准备（2分钟）：/)
  })
})
