import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { NetworkView } from '@/features/network/network-view'
import { useExplorerStore } from '@/store/explorer-store'

describe('the alliance network in Vietnamese and Chinese', () => {
  it('names the network, its controls and its edges in Vietnamese', async () => {
    render(<NetworkView />)
    await act(() => switchLanguage('vi'))
    expect(
      screen.getByRole('heading', { name: 'Mạng lưới liên minh năm 1992' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Phát' })).toBeInTheDocument()
    expect(screen.getByRole('slider', { name: 'Năm của mạng lưới' })).toHaveValue('1992')
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(
      screen.getByRole('button', {
        name: /năm 1992: lịch sử không có liên minh, đường cơ sở không có liên minh, kịch bản có liên minh \(kịch bản khác với lịch sử\)/,
      }),
    ).toBeInTheDocument()
  })

  it('names the network and its controls in Chinese', async () => {
    render(<NetworkView />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: '1992年的同盟网络' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '播放' })).toBeInTheDocument()
    expect(screen.getByText(/节点代表国家/)).toBeInTheDocument()
  })
})
