import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { ExercisePanel } from '@/features/exercises/exercise-panel'

describe('the exercises in Vietnamese', () => {
  it('ask, reveal and answer in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(<ExercisePanel />)
    expect(
      screen.getByRole('heading', { name: 'Bài tập: dự đoán rồi quan sát' }),
    ).toBeInTheDocument()
    const russia = screen.getByRole('article', { name: 'Nga vẫn là nước cộng sản' })
    expect(
      within(russia).getByText(
        'Nếu Nga vẫn là nước cộng sản sau năm 1991, Hà Nội có giữ liên minh với Moskva không?',
      ),
    ).toBeInTheDocument()
    const reveal = within(russia).getByRole('button', { name: '2. Xem câu trả lời của mô hình' })
    expect(reveal).toHaveAccessibleDescription('Hãy chọn một dự đoán trước.')
    const before = within(russia).getByRole('group', { name: '1. Dự đoán của bạn, trước khi xem' })
    await user.click(within(before).getAllByRole('radio')[0]!) // yes
    await user.type(within(russia).getByRole('textbox', { name: 'Vì sao bạn nghĩ vậy?' }), 'x')
    await user.click(reveal)
    const status = within(russia).getByRole('status')
    expect(status).toHaveTextContent(
      /^2\. Câu trả lời của mô hình: Mô hình dự đoán có liên minh giữa .+ vào các năm 1992–1994, đường cơ sở: không có; lịch sử không ghi nhận liên minh nào trong những năm đó\. Kết quả này khớp với dự đoán của bạn\.$/,
    )
    expect(within(russia).getByRole('group', { name: '3. Giờ bạn nghĩ sao?' })).toBeInTheDocument()
    await user.click(within(russia).getByText('Ghi chú cho giáo viên'))
    expect(within(russia).getByText(/^Hiệp ước Việt Nam – Liên Xô năm 1978/)).toBeVisible()
  })
})

describe('the exercises in Chinese', () => {
  it('ask, reveal and answer in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    const user = userEvent.setup()
    render(<ExercisePanel />)
    expect(screen.getByRole('heading', { name: '练习：先预测，再观察' })).toBeInTheDocument()
    const split = screen.getByRole('article', { name: '没有中苏分裂' })
    expect(
      within(split).getByText('如果北京和莫斯科从未分裂，两国的同盟会延续到1969年以后吗？'),
    ).toBeInTheDocument()
    const before = within(split).getByRole('group', { name: '1. 你的预测（查看之前）' })
    await user.click(within(before).getAllByRole('radio')[1]!) // no
    await user.click(within(split).getByRole('button', { name: '2. 揭晓模型的答案' }))
    expect(within(split).getByRole('status')).toHaveTextContent(
      /^2\. 模型的答案：模型预测.+与你的预测不同。$/,
    )
    expect(within(split).getByRole('textbox', { name: '4. 解释你看到的结果' })).toBeInTheDocument()
    await user.click(within(split).getByText('教师备注'))
    expect(within(split).getByText(/^Vu把中苏决裂视为意识形态上的决裂。/)).toBeVisible()
  })
})
