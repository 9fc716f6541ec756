import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ResultCallout } from '@/features/result/result-callout'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

const press = (id: string) => act(() => useExplorerStore.getState().togglePreset(id))

describe('the result callout in another language', () => {
  it('speaks Vietnamese: its heading, the figures and each pair’s sentence', async () => {
    render(<ResultCallout />)
    await act(() => switchLanguage('vi'))
    const result = screen.getByRole('region', { name: 'Kết quả' })
    expect(result).toHaveTextContent('Mô hình chạy trên lịch sử khớp với lịch sử ở 93,1%')
    press('russia-stays-communist')
    expect(result).toHaveTextContent('43 cặp – năm thay đổi so với đường cơ sở')
    const pair = screen.getAllByRole('button', { name: /Xem trên dòng thời gian\.$/ })[0]
    expect(pair).toHaveTextContent(
      /: mô hình nay dự đoán có liên minh vào 1992–1994; lịch sử kết thúc liên minh vào năm 1991\.$/,
    )
  })

  it('speaks Chinese', async () => {
    render(<ResultCallout />)
    await act(() => switchLanguage('zh-Hans'))
    const result = screen.getByRole('region', { name: '结果' })
    press('russia-stays-communist')
    expect(result).toHaveTextContent('43 个国家对-年相对基线发生变化')
    expect(screen.getAllByRole('button', { name: /在时间线上查看。$/ })).toHaveLength(3)
  })
})
