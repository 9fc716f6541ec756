import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { exportText } from '@/features/export/caption'
import { buildExportSvg, EXPORT_FONT_FAMILY, wrapText } from '@/features/export/chart-export'
import { TimelineChart } from '@/features/timeline/timeline-chart'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

const store = () => useExplorerStore.getState()

/** The SVG file for the timeline, exported in the language in use. */
function exported() {
  const { container } = render(<TimelineChart width={900} />)
  const svg = container.querySelector<SVGSVGElement>('svg.timeline-svg')!
  const text = buildExportSvg({ svg, title: 'Title', text: exportText(store()) })
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  return doc.documentElement
}

describe('an exported chart in another language', () => {
  it('declares fonts that draw Vietnamese and Chinese, in every language', () => {
    for (const font of ['Noto Sans', 'Liberation Sans', 'Noto Sans CJK SC', 'Microsoft YaHei'])
      expect(EXPORT_FONT_FAMILY).toContain(font)
    expect(exported().getAttribute('font-family')).toBe(EXPORT_FONT_FAMILY)
  })

  it('is captioned in Vietnamese, with its diacritics, under those fonts', async () => {
    await act(() => switchLanguage('vi'))
    const root = exported()
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT_FAMILY)
    expect(root.getAttribute('lang')).toBe('vi')
    const words = root.textContent!
    expect(words).toContain('Lịch sử như đã mã hóa: không có thay đổi phản thực tế nào.')
    expect(words).toContain('phiên bản dữ liệu')
    // The essay's title is a citation: it stays in English.
    expect(words).toContain('Do China and Vietnam Have Similar Alliance Policies?')
    expect(root.querySelector('desc')!.textContent).toMatch(/^Lịch sử: .*Mô hình: /)
  })

  it('is captioned in Chinese under those fonts, its long lines wrapped between characters', async () => {
    await act(() => switchLanguage('zh-Hans'))
    const root = exported()
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT_FAMILY)
    expect(root.getAttribute('lang')).toBe('zh-Hans')
    const words = root.textContent!
    expect(words).toContain('按历史编码：无反事实改动。')
    expect(words).toContain('数据版本')
    // The credit, which has few spaces in Chinese, still takes several lines, none too long.
    const credit = [...root.querySelectorAll(':scope > text')].filter((t) =>
      /来源|数据版本|编码/.test(t.textContent!),
    )
    expect(credit.length).toBeGreaterThan(1)
  })

  it('wraps Chinese text between characters, never before closing punctuation', () => {
    const lines = wrapText('一二三四五六七八九十，一二三四五六七八九十。', 10)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('一二三四五六七八九十，一二三四五六七八九十。')
    for (const line of lines) expect(line).not.toMatch(/^[，。]/)
  })
})

describe('the export buttons in another language', () => {
  it('are named in Vietnamese and in Chinese', async () => {
    const { AgreementChart } = await import('@/features/agreement/agreement-chart')
    await act(() => switchLanguage('vi'))
    const { unmount } = render(<AgreementChart width={700} />)
    expect(screen.getByRole('button', { name: 'Tải biểu đồ (SVG)' })).toBeInTheDocument()
    unmount()
    await act(() => switchLanguage('zh-Hans'))
    render(<AgreementChart width={700} />)
    expect(screen.getByRole('button', { name: '下载图表（PNG）' })).toBeInTheDocument()
  })
})
