import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { UserCasesPanel } from '@/features/user-cases/user-cases-panel'
import { switchLanguage } from '@/i18n/catalogue'

describe('your own cases in another language', () => {
  it('reads in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<UserCasesPanel />)
    expect(screen.getByRole('heading', { name: 'Trường hợp của riêng bạn' })).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Mở tệp trường hợp (CSV hoặc JSON)' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'mẫu dạng CSV' })).toHaveAttribute(
      'download',
      'case-template.csv',
    )
    expect(screen.getByText('Bạn chưa thêm trường hợp nào của riêng mình.')).toBeInTheDocument()
  })

  it('reads in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<UserCasesPanel />)
    expect(screen.getByRole('heading', { name: '你自己的案例' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '添加粘贴的案例' })).toBeInTheDocument()
    expect(screen.getByLabelText('要打开的案例文件')).toBeInTheDocument()
  })
})
