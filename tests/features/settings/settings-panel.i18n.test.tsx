import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SettingsPanel } from '@/features/settings/settings-panel'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

describe('the model settings in another language', () => {
  it('speaks Vietnamese, rules and readings included, and still sets the model', async () => {
    const user = userEvent.setup()
    render(<SettingsPanel />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Cài đặt mô hình' })).toBeInTheDocument()
    const rule = screen.getByRole('combobox', { name: 'Quy tắc' })
    expect(
      screen.getByRole('option', { name: 'Chỉ xét an ninh: có mối đe dọa chung là đủ' }),
    ).toBeInTheDocument()
    await user.selectOptions(rule, 'security-only')
    expect(useExplorerStore.getState().settings.rule).toBe('security-only')
    expect(screen.getByRole('combobox', { name: /Định nghĩa liên minh/ })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Tính là không chung' })).toBeInTheDocument()
  })

  it('speaks Chinese', async () => {
    render(<SettingsPanel />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: '模型设置' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: '规则' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: 'COW正式同盟' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '宽松：双方均为共产党执政' })).toBeInTheDocument()
  })
})
