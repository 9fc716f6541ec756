import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { MetricsPanel } from '@/features/metrics/metrics-panel'
import { useExplorerStore } from '@/store/explorer-store'

const headline = (term: string) =>
  within(screen.getByText(term).closest('div')!).getByRole('definition')

describe('the metrics panel in Vietnamese', () => {
  it('has its heading, terms and matrix in Vietnamese, with Vietnamese decimals', async () => {
    render(<MetricsPanel />)
    await act(() => switchLanguage('vi'))
    expect(
      screen.getByRole('heading', { name: 'Mô hình khớp với lịch sử đến đâu' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Mức độ khớp theo từng cặp' })).toBeInTheDocument()
    // 93.1% in English; Vietnamese writes the decimal with a comma.
    expect(headline('Tỉ lệ đúng')).toHaveTextContent(/^93,1\s?%$/)
    expect(
      screen.getByRole('table', { name: /Ma trận nhầm lẫn trên 858 cặp – năm/ }),
    ).toBeInTheDocument()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(headline('Tỉ lệ đúng')).toHaveTextContent(/^88,8\s?%, đường cơ sở 93,1\s?%$/)
    expect(screen.getByRole('note', { name: 'Cách xa lịch sử đến đâu' })).toHaveTextContent(
      'Cách xa lịch sử đến đâu: 35 ô dữ liệu mã hóa đã thay đổi (1 quốc gia), từ năm 1992 trở đi.',
    )
  })
})

describe('the metrics panel in Chinese', () => {
  it('has its heading, terms and the fit sentence in Simplified Chinese', async () => {
    render(<MetricsPanel />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: '模型与历史的吻合程度' })).toBeInTheDocument()
    expect(headline('准确率')).toHaveTextContent(/^93\.1%$/)
    expect(headline('召回率')).toHaveTextContent(/%$/)
    expect(
      screen.getByRole('table', { name: /基于 858 个国家对-年的混淆矩阵/ }),
    ).toBeInTheDocument()
    expect(screen.getByText(/在参与评分的国家对-年中，模型的准确率为 93\.1%/)).toBeInTheDocument()
  })
})
