import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { FirstRunTour } from '@/features/guide/first-run-tour'
import { GUIDE_KEY } from '@/features/guide/guide-storage'
import { TimelineChart } from '@/features/timeline/timeline-chart'

/** The three parts of the page the tour points at. */
function Page() {
  return (
    <>
      <section id="presets" />
      <p id="result" />
      <figure id="timeline" />
    </>
  )
}

beforeEach(() => window.localStorage.removeItem(GUIDE_KEY))

describe('the guides in Vietnamese', () => {
  it('walks through the tour in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    const user = userEvent.setup()
    render(
      <>
        <Page />
        <FirstRunTour />
      </>,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Bắt đầu với một kịch bản mẫu' })
    expect(dialog).toHaveTextContent('bước 1/3')
    expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Tiếp' }))
    await user.click(screen.getByRole('button', { name: 'Tiếp' }))
    // The last step names the walkthrough's button as it reads in Vietnamese.
    expect(screen.getByRole('dialog', { name: 'Xem theo từng năm' })).toHaveTextContent(
      '“Cách đọc biểu đồ này”',
    )
    expect(screen.getByRole('button', { name: 'Xong' })).toBeVisible()
  })

  it('explains the chart in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<TimelineChart width={900} />)
    const guide = screen.getByRole('region', { name: 'Cách đọc biểu đồ này' })
    const notes = within(guide).getAllByRole('listitem')
    expect(notes[0]).toHaveTextContent(/^1Lịch sử \(dải trên cùng.*ở đây là 1950–1969\.$/)
    expect(notes[3]).toHaveTextContent('Ở trạng thái ban đầu, cả hai đều không được vẽ')
    expect(screen.getByRole('button', { name: 'Đóng hướng dẫn' })).toBeVisible()
  })
})

describe('the guides in Chinese', () => {
  it('walks through the tour in Simplified Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(
      <>
        <Page />
        <FirstRunTour />
      </>,
    )
    const dialog = await screen.findByRole('dialog', { name: '从预设情景开始' })
    expect(dialog).toHaveTextContent('导览，第1步，共3步')
    expect(screen.getByRole('button', { name: '下一步' })).toBeVisible()
    expect(screen.getByRole('button', { name: '跳过导览' })).toBeVisible()
  })

  it('explains the chart in Simplified Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<TimelineChart width={900} />)
    const guide = screen.getByRole('region', { name: '如何阅读此图' })
    expect(within(guide).getAllByRole('listitem')[1]).toHaveTextContent(/^2基于历史的模型，即基线/)
    expect(screen.getByRole('button', { name: '关闭说明' })).toBeVisible()
  })
})
