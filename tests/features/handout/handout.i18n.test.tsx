import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DATA_VERSION } from '@/data/version'
import { Handout } from '@/features/handout/handout'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

describe('the printed handout in another language', () => {
  it('is headed and worded in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<Handout />)
    const handout = screen.getByRole('region', { name: 'Phiếu học tập để in' })
    for (const name of [
      'Tóm tắt lập luận',
      'Kịch bản',
      'Mô hình khớp đến đâu',
      'Câu trả lời của em',
    ]) {
      expect(within(handout).getByRole('heading', { name })).toBeInTheDocument()
    }
    expect(handout).toHaveTextContent('Lịch sử như đã mã hóa: không có thay đổi.')
    expect(handout).toHaveTextContent(/Tỉ lệ đúng 93,1\s?%/)
    expect(handout).toHaveTextContent(`phiên bản dữ liệu ${DATA_VERSION}.`)
  })

  it('is headed and worded in Chinese, steps and all', async () => {
    await act(() => switchLanguage('zh-Hans'))
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    render(<Handout />)
    const handout = screen.getByRole('region', { name: '可打印讲义' })
    expect(within(handout).getByRole('heading', { name: '论点概要' })).toBeInTheDocument()
    expect(within(handout).getByRole('heading', { name: '操作步骤' })).toBeInTheDocument()
    expect(within(handout).getByRole('heading', { name: '模型的拟合程度' })).toBeInTheDocument()
    expect(handout).toHaveTextContent(/准确率 [\d.]+%，基线 93\.1%/)
    expect(handout).toHaveTextContent(`数据版本 ${DATA_VERSION}。`)
  })
})
