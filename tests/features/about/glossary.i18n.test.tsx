import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { GlossaryList } from '@/features/about/glossary-list'
import { TERMINOLOGY } from '@/data/terminology'
import { switchLanguage } from '@/i18n/catalogue'
import { glossaryAnchor } from '@/ui/glossary'
import { Term } from '@/ui/term'

/** Opens the table of contested names and returns it. */
async function openTable(show: RegExp) {
  const user = userEvent.setup()
  await user.click(screen.getByText(show))
  return screen.getByRole('table')
}

describe('the glossary in English', () => {
  it('keeps the contested names behind a disclosure, then shows each side’s term beside the neutral one', async () => {
    render(<GlossaryList />)
    const section = screen.getByRole('region', { name: 'Words that take sides' })
    expect(within(section).queryByRole('table')).not.toBeInTheDocument()
    const table = await openTable(/The table of contested names/)
    expect(table).toHaveAccessibleName(/^Contested names: the neutral term used here/)
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Neutral term', 'Vietnamese usage', 'PRC usage', 'Note'])
    expect(within(table).getAllByRole('rowheader')).toHaveLength(TERMINOLOGY.length)
    const row = within(table).getByRole('rowheader', {
      name: 'Sino-Vietnamese War of 1979',
    }).parentElement!
    const [vietnamese, prc, note] = within(row).getAllByRole('cell') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ]
    expect(vietnamese).toHaveTextContent(
      'Chiến tranh bảo vệ biên giới phía Bắc (war to defend the northern border)',
    )
    expect(prc).toHaveTextContent('对越自卫反击战 (self-defence counterattack against Vietnam)')
    expect(note).toHaveAttribute('lang', 'en')
  })
})

describe('the glossary in Vietnamese', () => {
  it('lists the terms and definitions in Vietnamese, and the contested names with the Vietnamese neutral term', async () => {
    await act(() => switchLanguage('vi'))
    render(<GlossaryList />)
    const glossary = screen.getByRole('region', { name: 'Bảng thuật ngữ' })
    const recall = glossary.querySelector(`#${glossaryAnchor('recall')}`) as HTMLElement
    expect(within(recall).getByRole('term')).toHaveTextContent('độ bao phủ')
    expect(within(recall).getByRole('definition')).toHaveTextContent(
      /^Trong các cặp – năm mà lịch sử có liên minh/,
    )
    expect(screen.getByRole('heading', { name: 'Những tên gọi mang lập trường' })).toBeVisible()
    const table = await openTable(/Bảng các tên gọi còn tranh cãi/)
    expect(within(table).getByRole('columnheader', { name: 'Thuật ngữ trung lập' })).toBeVisible()
    const row = within(table).getByRole('rowheader', {
      name: 'Chiến tranh biên giới Việt–Trung năm 1979',
    }).parentElement!
    const [vietnamese, prc, note] = within(row).getAllByRole('cell') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ]
    // The Vietnamese side's term needs no gloss here; the Chinese side's is glossed in Vietnamese.
    expect(vietnamese).toHaveTextContent(/^Chiến tranh bảo vệ biên giới phía Bắc$/)
    expect(within(prc).getByText('对越自卫反击战')).toHaveAttribute('lang', 'zh-Hans')
    expect(prc).toHaveTextContent('(cuộc phản công tự vệ chống Việt Nam)')
    expect(note).toHaveAttribute('lang', 'en')
    expect(within(table).getByRole('rowheader', { name: 'Biển Đông' })).toBeVisible()
  })

  it('a term of art explains itself in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<Term id="miss">bỏ sót</Term>)
    const word = screen.getByText('bỏ sót')
    act(() => word.focus())
    expect(word).toHaveAccessibleDescription(
      'Lịch sử có liên minh trong năm đó, nhưng mô hình không dự đoán có liên minh.',
    )
  })
})

describe('the glossary in Chinese', () => {
  it('lists the terms and definitions in Chinese, and the contested names with the Chinese neutral term', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<GlossaryList />)
    const glossary = screen.getByRole('region', { name: '术语表' })
    expect(
      within(glossary)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toContain('召回率')
    const table = await openTable(/有争议的名称一览表/)
    expect(table).toHaveAccessibleName(/^有争议的名称/)
    expect(within(table).getByRole('columnheader', { name: '越南的叫法' })).toBeVisible()
    const row = within(table).getByRole('rowheader', { name: '1979年中越战争' }).parentElement!
    const [vietnamese, prc] = within(row).getAllByRole('cell') as [HTMLElement, HTMLElement]
    expect(vietnamese).toHaveTextContent('Chiến tranh bảo vệ biên giới phía Bắc（北部边境保卫战）')
    expect(prc).toHaveTextContent(/^对越自卫反击战$/)
    expect(within(table).getByRole('rowheader', { name: '西沙群岛' })).toBeVisible()
  })

  it('a term of art explains itself in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<Term id="false-alarm">误报</Term>)
    const word = screen.getByText('误报')
    act(() => word.focus())
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      '模型预测存在同盟，但历史记录在该年没有。',
    )
  })
})
