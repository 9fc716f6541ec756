import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { ContestedTerm, ContestedText } from '@/ui/contested-term'
import { TERMINOLOGY } from '@/data/terminology'

describe('a contested name', () => {
  it('reads as the neutral term; each side’s own is its title and, on focus, its description', async () => {
    const user = userEvent.setup()
    render(
      <p>
        After the <ContestedTerm id="1979-war" />, the border stayed closed.
      </p>,
    )
    const word = screen.getByText('Sino-Vietnamese War of 1979')
    expect(word.closest('[title]')).toHaveAttribute(
      'title',
      'Vietnamese usage: Chiến tranh bảo vệ biên giới phía Bắc (war to defend the northern border)\n' +
        'PRC usage: 对越自卫反击战 (self-defence counterattack against Vietnam)',
    )
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
    await user.tab()
    expect(word).toHaveFocus()
    const tip = screen.getByRole('tooltip')
    expect(tip).toHaveTextContent(/Vietnamese usage: Chiến tranh bảo vệ biên giới phía Bắc/)
    expect(tip).toHaveTextContent(/PRC usage: 对越自卫反击战/)
    expect(word).toHaveAccessibleDescription(/PRC usage: 对越自卫反击战/)
    // Each side's term is marked in its own language.
    expect(screen.getByText('对越自卫反击战')).toHaveAttribute('lang', 'zh-Hans')
    expect(screen.getByText('Chiến tranh bảo vệ biên giới phía Bắc')).toHaveAttribute('lang', 'vi')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('may be written in another form where a sentence needs it', () => {
    render(<ContestedTerm id="1979-war">the 1979 war</ContestedTerm>)
    expect(screen.getByText('the 1979 war')).toBeInTheDocument()
  })

  it('in Vietnamese: the Vietnamese neutral term, and the Chinese side’s term glossed in Vietnamese', async () => {
    await act(() => switchLanguage('vi'))
    render(<ContestedTerm id="1979-war" />)
    const word = screen.getByText('Chiến tranh biên giới Việt–Trung năm 1979')
    act(() => word.focus())
    const tip = screen.getByRole('tooltip')
    expect(tip).toHaveTextContent('Cách gọi của Việt Nam: Chiến tranh bảo vệ biên giới phía Bắc')
    expect(tip).toHaveTextContent(
      'Cách gọi của CHND Trung Hoa: 对越自卫反击战 (cuộc phản công tự vệ chống Việt Nam)',
    )
    // A Vietnamese reader needs no gloss of the Vietnamese term.
    expect(tip).not.toHaveTextContent('war to defend')
  })

  it('in Chinese: the Chinese neutral term, and the Vietnamese side’s term glossed in Chinese', async () => {
    await act(() => switchLanguage('zh-Hans'))
    render(<ContestedTerm id="south-china-sea" />)
    const word = screen.getByText('南海')
    act(() => word.focus())
    expect(word).toHaveAccessibleDescription(/越南的叫法：Biển Đông（字面意为“东方的海”）/)
    expect(word).toHaveAccessibleDescription(/中华人民共和国的叫法：南海（南中国海）$/)
  })

  it('in running text, marks each contested name written with its neutral term', async () => {
    await act(() => switchLanguage('vi'))
    const { container } = render(
      <p>
        <ContestedText>Các tranh chấp ở Biển Đông vẫn còn.</ContestedText>
      </p>,
    )
    expect(container).toHaveTextContent('Các tranh chấp ở Biển Đông vẫn còn.')
    const term = container.querySelector('[data-contested="south-china-sea"]')!
    expect(term).toHaveTextContent('Biển Đông')
    expect(term.closest('.contested-term')!.getAttribute('title')).toContain('南海')
  })

  it('has every contested name in every language, once', () => {
    expect(new Set(TERMINOLOGY.map((n) => n.id)).size).toBe(TERMINOLOGY.length)
    expect(TERMINOLOGY.length).toBeGreaterThanOrEqual(10)
    for (const n of TERMINOLOGY) {
      for (const text of [
        n.neutral.en,
        n.neutral.vi,
        n.neutral['zh-Hans'],
        n.vietnamese.term,
        n.vietnamese.gloss.en,
        n.vietnamese.gloss['zh-Hans'],
        n.prc.term,
        n.prc.gloss.en,
        n.prc.gloss.vi,
        n.note,
      ])
        expect(text.trim(), n.id).not.toBe('')
      // Chinese and Vietnamese texts are not left in English.
      expect(n.neutral['zh-Hans'], n.id).toMatch(/\p{Script=Han}/u)
      expect(n.prc.term, n.id).toMatch(/\p{Script=Han}/u)
      expect(n.vietnamese.gloss['zh-Hans'], n.id).toMatch(/\p{Script=Han}/u)
    }
  })
})
