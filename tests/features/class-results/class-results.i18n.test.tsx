import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { ClassResults } from '@/features/class-results/class-results'

describe('class results in Vietnamese', () => {
  it('has its heading, table and charts in Vietnamese', async () => {
    const user = userEvent.setup()
    render(<ClassResults chartWidth={700} />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Kết quả của lớp' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Mã bài làm' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /Cách lớp trả lời từng trường hợp/ })
    expect(within(table).getByRole('columnheader', { name: 'Trường hợp' })).toBeInTheDocument()
    const yes = within(table).getAllByRole('spinbutton', { name: 'Có' })[0]!
    await user.type(yes, '4')
    expect(table).toHaveAccessibleName(/tổng cộng 4 câu trả lời/)
    expect(
      screen.getByRole('heading', { name: 'Phân bố câu trả lời theo từng trường hợp' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Dự đoán trước và sau khi xem đáp án' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/trên mọi trường hợp/).closest('p')).toHaveTextContent(
      'Hệ số alpha của Krippendorff trên mọi trường hợp: không xác định (mọi người đều trả lời giống nhau).',
    )
  })
})

describe('class results in Chinese', () => {
  it('has its heading, the lenses and the prediction table in Simplified Chinese', async () => {
    render(<ClassResults chartWidth={700} />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: '全班结果' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '下载全班结果（CSV）' })).toBeInTheDocument()
    const lenses = screen.getByRole('table', { name: /全班的解读与Vu、Lan的对照/ })
    expect(within(lenses).getByRole('columnheader', { name: 'Vu的编码' })).toBeInTheDocument()
    expect(within(lenses).getByRole('rowheader', { name: '政策相似吗？' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '揭晓前后的预测' })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: '揭晓前' })).toBeInTheDocument()
    expect(screen.getByText('尚未统计任何预测。')).toBeInTheDocument()
  })
})
