import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { SharePanel } from '@/features/share/share-panel'
import { ShowQrButton } from '@/features/share/qr-dialog'
import { EmbedCode, embedCode } from '@/features/share/embed-code'

describe('the share panel in Vietnamese', () => {
  it('names its heading, buttons and the link box in Vietnamese', async () => {
    const user = userEvent.setup()
    render(<SharePanel />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Hoàn tác, chia sẻ và lưu' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Lưu kịch bản' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Chế độ máy chiếu' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sao chép liên kết' }))
    expect(screen.getByRole('textbox', { name: /mở đúng màn hình hiện tại/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hiện mã QR' })).toBeInTheDocument()
  })

  it('opens the QR dialog with its heading in Vietnamese', async () => {
    const user = userEvent.setup()
    await act(() => switchLanguage('vi'))
    render(<ShowQrButton url="https://example.org/#v=1" />)
    await user.click(screen.getByRole('button', { name: 'Hiện mã QR' }))
    // The dialog's code loads on the first press.
    expect(
      await screen.findByRole('heading', { name: 'Quét để mở màn hình này' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Đóng' })).toBeInTheDocument()
  })
})

describe('the share panel in Chinese', () => {
  it('names its heading and buttons in Simplified Chinese', async () => {
    render(<SharePanel />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: '撤销、分享与保存' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重做' })).toBeDisabled()
    expect(screen.getByRole('button', { name: '下载数据（CSV）' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '引用' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('writes the embed code with the explorer named in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<EmbedCode url="https://example.org/#v=1" />)
    const box = screen.getByRole('textbox', { name: '嵌入代码' })
    expect(box).toHaveValue(embedCode('https://example.org/#v=1', '同盟反事实探索'))
    expect(screen.getByRole('button', { name: '复制嵌入代码' })).toBeInTheDocument()
  })
})
