import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { CaseFitPanel } from '@/features/case-fit/case-fit-panel'

describe('the case fit and the agreement chart in Vietnamese and Chinese', () => {
  it('asks whether the rule travels, in Vietnamese and in Chinese', async () => {
    render(<CaseFitPanel />)
    await act(() => switchLanguage('vi'))
    expect(
      screen.getByRole('region', {
        name: 'Quy tắc có đứng vững ngoài các trường hợp của bài viết?',
      }),
    ).toBeInTheDocument()
    await act(() => switchLanguage('zh-Hans'))
    expect(
      screen.getByRole('heading', { name: '这条规则在原文案例之外还成立吗？' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('group', { name: '混淆矩阵' })).toBeInTheDocument()
  })

  it('titles the agreement chart in Vietnamese and in Chinese', async () => {
    render(<AgreementChart width={600} />)
    await act(() => switchLanguage('vi'))
    expect(
      screen.getByRole('figure', { name: 'Mức khớp với lịch sử theo năm' }),
    ).toBeInTheDocument()
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('figure', { name: '每年与历史记录的一致程度' })).toBeInTheDocument()
  })
})
