import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { StepNav } from '@/app/step-nav'
import { InterventionLog } from '@/features/log/intervention-log'
import { NoticeArea } from '@/features/notices/notice-area'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'
import { PanelBoundary } from '@/ui/panel-boundary'

function Broken(): never {
  throw new Error('x')
}

describe('the page’s frame in another language', () => {
  it('names the lesson’s steps in Vietnamese and in Chinese', async () => {
    render(<StepNav />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('navigation', { name: 'Các bước của bài học' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Kiểm chứng$/ })).toBeInTheDocument()
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('button', { name: /辩论$/ })).toBeInTheDocument()
  })

  it('lists the changes, with their reasons’ fields, in Vietnamese', async () => {
    await switchLanguage('vi')
    useExplorerStore.getState().updateSettings({ rule: 'ideology-only' })
    render(<InterventionLog />)
    expect(screen.getByRole('heading', { name: 'Các thay đổi của bạn' })).toBeInTheDocument()
    expect(screen.getByText('Quy tắc: chỉ xét hệ tư tưởng')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Vì sao? (bước 1)' })).toBeInTheDocument()
  })

  it('dismisses a notice and tells of a failed panel in Chinese', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    await switchLanguage('zh-Hans')
    useExplorerStore.getState().notify({ kind: 'info', text: '…' })
    render(
      <>
        <NoticeArea />
        <PanelBoundary name="时间线">
          <Broken />
        </PanelBoundary>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('时间线出错了（x）')
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: '关闭' }))
    expect(useExplorerStore.getState().notices).toEqual([])
    quiet.mockRestore()
  })
})
