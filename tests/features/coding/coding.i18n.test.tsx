import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CodingPanel } from '@/features/coding/coding-panel'
import { HandIn } from '@/features/coding/hand-in'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

describe('coding the disputed cases in Vietnamese', () => {
  it('asks, answers and reports in Vietnamese, with the cases’ own texts translated', async () => {
    const user = userEvent.setup()
    await act(() => switchLanguage('vi'))
    render(<CodingPanel />)
    expect(
      screen.getByRole('heading', { name: 'Tự mã hóa các trường hợp còn tranh cãi' }),
    ).toBeVisible()
    expect(screen.getByText('Đã mã hóa 0 trên 8 trường hợp.')).toBeInTheDocument()
    const laos = screen.getByRole('article', { name: /Việt Nam – Lào 1977: Điều 2/ })
    expect(within(laos).getByRole('figure')).toHaveTextContent(/Điều 2\. Diễn giải/)
    expect(within(laos).getByText(/ký hiệp ước tại Viêng Chăn/)).toBeInTheDocument()
    const alliance = within(laos).getByRole('group', { name: 'Có tính đây là liên minh không?' })
    await user.click(within(alliance).getByRole('radio', { name: 'Không' }))
    expect(useExplorerStore.getState().codes['vnm-lao-1977']).toEqual({ alliance: 'no' })
    expect(screen.getByText('Đã mã hóa 1 trên 8 trường hợp.')).toBeInTheDocument()
    expect(within(laos).getByText('✓ đã mã hóa')).toBeInTheDocument()

    await user.click(within(laos).getByText('Vu, Lân, COW và ATOP đã quyết định thế nào'))
    expect(within(laos).getByText(/^Vu: nghĩa vụ phòng thủ: không; liên minh: có\.$/)).toBeVisible()
    expect(
      within(laos).getByText(/^Lân: nghĩa vụ phòng thủ: không; liên minh: không\.$/),
    ).toBeVisible()
    // The sources line; its confidence word comes from the vocabulary's own translation.
    expect(within(laos).getByText(/^Nguồn:/)).toHaveTextContent(/· mức độ tin cậy /)
  })

  it('hands in in Vietnamese', async () => {
    const user = userEvent.setup()
    await act(() => switchLanguage('vi'))
    render(<HandIn />)
    expect(screen.getByRole('heading', { name: 'Nộp bài' })).toBeVisible()
    expect(screen.getByText('Hãy nhập biệt danh để tạo mã bài làm.')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Biệt danh của bạn' }), 'Minh')
    expect(
      screen.getByRole('textbox', { name: 'Mã bài làm của bạn (0 trường hợp, 0 bài tập)' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sao chép mã' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Lưu thành tệp' })).toBeVisible()
  })
})

describe('coding the disputed cases in Chinese', () => {
  it('asks, answers and reports in Chinese, with the cases’ own texts translated', async () => {
    const user = userEvent.setup()
    await act(() => switchLanguage('zh-Hans'))
    render(<CodingPanel />)
    expect(screen.getByRole('heading', { name: '亲自为有争议的案例编码' })).toBeVisible()
    expect(screen.getByText('已编码 0/8 个案例。')).toBeInTheDocument()
    const split = screen.getByRole('article', { name: /中国—苏联：同盟何时结束？/ })
    const years = within(split).getByRole('group', { name: '同盟最后一年仍然有效是哪一年？' })
    await user.click(within(years).getByRole('radio', { name: '1980' }))
    expect(useExplorerStore.getState().codes['chn-rus-end']).toEqual({ end: 1980 })
    await user.click(within(split).getByText('Vu、Lan、COW和ATOP的判断'))
    expect(within(split).getByText('Vu：同盟最后一年为1969年。')).toBeVisible()
    expect(within(split).getByText(/^Vu认为同盟随1969年的边界战争而结束/)).toBeVisible()

    const threat = screen.getByRole('article', { name: /越南—俄罗斯 1992—1994年：共同威胁？/ })
    expect(
      within(threat).getByRole('group', { name: '这些年间两国是否面临共同威胁？' }),
    ).toBeVisible()
    expect(within(threat).getByText('Lan：没有立场。')).toBeInTheDocument()
  })

  it('hands in in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<HandIn />)
    expect(screen.getByRole('heading', { name: '提交' })).toBeVisible()
    expect(screen.getByRole('textbox', { name: '你的昵称' })).toBeInTheDocument()
    expect(screen.getByText('输入昵称即可生成答题码。')).toBeInTheDocument()
  })
})
