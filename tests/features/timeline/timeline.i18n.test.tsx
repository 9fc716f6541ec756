import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { FocusDetails } from '@/features/timeline/focus-details'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { TimelineSummary } from '@/features/timeline/timeline-summary'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'

const store = () => useExplorerStore.getState()

describe('the timeline in Vietnamese', () => {
  it('titles the chart, its toolbar and its legend in Vietnamese, and follows a switch back', async () => {
    const { container } = render(<TimelineChart width={900} />)
    await act(() => switchLanguage('vi'))
    expect(
      screen.getByRole('heading', { name: /^Liên minh 1949–2026: lịch sử so với mô hình$/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mọi năm' })).toBeInTheDocument()
    expect(screen.getByLabelText('Từ')).toBeInTheDocument()
    expect(container.querySelector('g.legend')).toHaveTextContent('Lịch sử (dải trên)')
    // Each row speaks its years in Vietnamese, and the year stays a year (no digit grouping).
    const row = screen.getAllByRole('slider')[0]!
    expect(row.getAttribute('aria-label')).toMatch(
      /: lịch sử, đường cơ sở và kịch bản theo từng năm$/,
    )
    expect(row.getAttribute('aria-valuetext')).toMatch(/^1949: lịch sử /)
    await act(() => switchLanguage('en'))
    expect(screen.getByRole('button', { name: 'All years' })).toBeInTheDocument()
  })

  it('writes the summary sentence in Vietnamese', async () => {
    render(<TimelineSummary />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByText(/Mô hình khớp với lịch sử ở 93\s?% số cặp – năm\./)).toBeInTheDocument()
    expect(screen.getByText('Dòng thời gian dưới dạng văn bản')).toBeInTheDocument()
  })
})

describe('the timeline in Chinese', () => {
  it('titles the chart and its toolbar in Chinese', async () => {
    render(<TimelineChart width={900} />)
    await act(() => switchLanguage('zh-Hans'))
    expect(
      screen.getByRole('heading', { name: '1949—2026年的同盟：历史记录与模型对照' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '全部年份' })).toBeInTheDocument()
    expect(screen.getByText(/显示的国家对（11\/11）/)).toBeInTheDocument()
  })

  it('keeps the coding notes in English, marked so, with one note that says they are', async () => {
    act(() => store().setFocus({ dyad: 'CHN-RUS', year: 1965 }))
    render(<FocusDetails labels={selectLabels(store())} />)
    await act(() => switchLanguage('zh-Hans'))
    const panel = screen.getByRole('heading', { level: 3 }).parentElement!
    expect(panel).toHaveTextContent('党际分裂：是。')
    const provenance = panel.querySelectorAll('.provenance')
    expect(provenance.length).toBeGreaterThan(0)
    for (const p of provenance) expect(p.querySelector('[lang="en"]')).not.toBeNull()
    expect(within(panel).getAllByText(/保留英文/)).toHaveLength(1)
  })

  it('says nothing about English notes in English', () => {
    act(() => store().setFocus({ dyad: 'CHN-RUS', year: 1965 }))
    render(<FocusDetails labels={selectLabels(store())} />)
    expect(screen.getByRole('heading', { level: 3 }).parentElement).not.toHaveTextContent(
      /in English/,
    )
  })
})
